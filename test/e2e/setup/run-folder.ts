import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureWorkspace } from './paths';

/** One run's private folders: a copy of the fixture workspace, a fresh user profile and extensions folder. */
export interface RunFolder {
  root: string;
  workspace: string;
  userData: string;
  extensions: string;
  xdgHome: string;
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, no network, no preview tabs. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.hotExit': 'off',
  'files.autoSave': 'off',
};

export function createRunFolder(): RunFolder {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-e2e-'));
  const folder: RunFolder = {
    root,
    workspace: path.join(root, 'workspace'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdgHome: path.join(root, 'xdg'),
  };
  fs.cpSync(fixtureWorkspace, folder.workspace, { recursive: true });
  fs.mkdirSync(path.join(folder.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(folder.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  fs.mkdirSync(folder.extensions, { recursive: true });
  fs.mkdirSync(folder.xdgHome, { recursive: true });
  return folder;
}

export function removeRunFolder(folder: RunFolder): void {
  fs.rmSync(folder.root, { recursive: true, force: true });
}
