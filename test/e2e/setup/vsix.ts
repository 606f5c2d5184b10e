import * as fs from 'node:fs';
import * as path from 'node:path';
import { artifactsDir, codeServerBin, repoRoot } from './paths';
import { log, run } from './commands';

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  scripts?: Record<string, string>;
}

function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
}

export interface PackResult {
  vsix?: string;
  problem?: string;
}

/**
 * Packs the extension the way a release does (`npm run package`). Until the project has that script,
 * builds and calls vsce directly. MAILZONE_E2E_VSIX tests a given package instead.
 */
export function packExtension(): PackResult {
  const given = process.env.MAILZONE_E2E_VSIX;
  if (given) return fs.existsSync(given) ? { vsix: path.resolve(given) } : { problem: `MAILZONE_E2E_VSIX=${given} does not exist` };

  const manifest = readManifest();
  if (manifest.scripts?.package) {
    const expected = path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
    fs.rmSync(expected, { force: true });
    log('packing the extension: npm run package');
    let packed = run('npm', ['run', 'package'], { cwd: repoRoot });
    if (!packed.ok) {
      // In a working tree that others edit, a file can change or vanish while vsce zips it.
      log('`npm run package` failed; retrying once');
      packed = run('npm', ['run', 'package'], { cwd: repoRoot });
    }
    if (!packed.ok) return { problem: '`npm run package` failed (see its output above)' };
    return fs.existsSync(expected) ? { vsix: expected } : { problem: `\`npm run package\` did not write ${expected}` };
  }

  log('no `package` script yet: npm run build, then vsce package --no-dependencies');
  if (!run('npm', ['run', 'build'], { cwd: repoRoot }).ok) return { problem: '`npm run build` failed' };
  fs.mkdirSync(artifactsDir, { recursive: true });
  const out = path.join(artifactsDir, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const args = ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', out];
  const packed = run(vsce, args, { cwd: repoRoot });
  return packed.ok && fs.existsSync(out) ? { vsix: out } : { problem: '`vsce package` failed (see its output above)' };
}

/** Installs the package into an extensions folder of its own, as a user installing the .vsix would. */
export function installExtension(vsix: string, extensionsDir: string): string | undefined {
  const manifest = readManifest();
  const result = run(codeServerBin, ['--extensions-dir', extensionsDir, '--install-extension', vsix], { quiet: true });
  const id = `${manifest.publisher}.${manifest.name}`;
  const installed = fs.existsSync(extensionsDir) && fs.readdirSync(extensionsDir).some((entry) => entry.toLowerCase().startsWith(`${id}-`.toLowerCase()));
  if (!result.ok || !installed) return `code-server could not install ${vsix}:\n${result.output}`;
  log(`installed ${path.basename(vsix)} into ${extensionsDir}`);
  return undefined;
}
