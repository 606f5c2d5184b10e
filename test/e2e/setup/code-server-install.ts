import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, codeServerBin, codeServerHome } from './paths';
import { log, run, which } from './commands';

const RIPGREP_PACKAGE_VERSION = '1.15.11';
const NODE_HEADERS_DIR = '/usr';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function installedVersion(): string | undefined {
  const manifest = path.join(codeServerHome, 'node_modules', 'code-server', 'package.json');
  try {
    const version: unknown = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `@vscode/ripgrep`'s postinstall downloads a binary unless its cache already holds the release tarball.
 * A tarball holding Debian's `rg` at its root satisfies it without any network.
 */
function seedRipgrepCache(): string | undefined {
  const rg = which('rg');
  if (!rg) return 'ripgrep (`rg`) is not installed';
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cacheDir, RIPGREP_ASSET);
  if (fs.existsSync(tarball)) return undefined;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-rg-'));
  try {
    fs.copyFileSync(rg, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const packed = run('tar', ['-czf', tarball, '-C', staging, 'rg'], { quiet: true });
    return packed.ok ? undefined : `could not build ${tarball}: ${packed.output}`;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Written after a complete install, so an install cut short (its postinstall failed or was killed) is redone. */
const completeMarker = path.join(codeServerHome, `.installed-${CODE_SERVER_VERSION}`);

/** Installs code-server into test/e2e/.code-server unless that exact version is already there. */
export function ensureCodeServer(): string | undefined {
  if (installedVersion() === CODE_SERVER_VERSION && fs.existsSync(codeServerBin) && fs.existsSync(completeMarker)) return undefined;
  const seedProblem = seedRipgrepCache();
  if (seedProblem) return seedProblem;
  fs.mkdirSync(codeServerHome, { recursive: true });
  const manifest = path.join(codeServerHome, 'package.json');
  if (!fs.existsSync(manifest)) {
    fs.writeFileSync(manifest, `${JSON.stringify({ name: 'mailzone-e2e-code-server', private: true }, null, 2)}\n`);
  }
  log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerHome} (about a minute)`);
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' };
  // node-gyp would download Node's headers; the nodejs package ships them, so point it there.
  if (!env.npm_config_nodedir && fs.existsSync(path.join(NODE_HEADERS_DIR, 'include', 'node', 'node.h'))) env.npm_config_nodedir = NODE_HEADERS_DIR;
  const installed = run('npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerHome, env });
  if (!installed.ok || installedVersion() !== CODE_SERVER_VERSION) {
    return `npm install code-server@${CODE_SERVER_VERSION} failed in ${codeServerHome} (see the npm output above)`;
  }
  fs.writeFileSync(completeMarker, `${new Date().toISOString()}\n`);
  return undefined;
}
