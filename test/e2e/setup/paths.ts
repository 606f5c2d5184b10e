import * as path from 'node:path';

/** Where the end-to-end run keeps what it installs, reads and writes. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const e2eRoot = path.join(repoRoot, 'test', 'e2e');
/** code-server lives in its own ignored folder, outside the extension's dependencies (~180 MB). */
export const codeServerHome = path.join(e2eRoot, '.code-server');
export const codeServerBin = path.join(codeServerHome, 'node_modules', '.bin', 'code-server');
export const artifactsDir = path.join(e2eRoot, 'artifacts');
export const screenshotsDir = path.join(artifactsDir, 'screenshots');
export const fixtureWorkspace = path.join(e2eRoot, 'workspace');
export const expectedDir = path.join(e2eRoot, 'expected');
export const scenariosDir = path.join(e2eRoot, 'scenarios');
/** The README's picture; refreshed only when MAILZONE_E2E_README_SHOT=1. */
export const readmeScreenshot = path.join(repoRoot, 'docs', 'images', 'mailzone.png');

export const CODE_SERVER_VERSION = '4.100.3';
