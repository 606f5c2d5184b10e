import * as fs from 'node:fs';
import { codeServerBin } from './paths';
import { isRoot, log, run, which } from './commands';

/** What code-server's install needs to build VS Code's native modules, plus the browser and ripgrep. */
const BUILD_PACKAGES = ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'pkg-config'];
const RUNTIME_PACKAGES = ['ripgrep', 'chromium'];

/** A prerequisite that is missing and could not be installed: what, and how the user gets it. */
export interface MissingPrerequisite {
  what: string;
  remedy: string;
}

function debianPackageInstalled(name: string): boolean {
  const result = run('dpkg-query', ['-W', '-f=${Status}', name], { quiet: true });
  return result.ok && result.output.includes('install ok installed');
}

function neededPackages(): string[] {
  const wanted = fs.existsSync(codeServerBin) ? RUNTIME_PACKAGES : [...BUILD_PACKAGES, ...RUNTIME_PACKAGES];
  if (which('dpkg-query')) return wanted.filter((name) => !debianPackageInstalled(name));
  // Not Debian: only the programs themselves can be checked.
  const programOf: Record<string, string> = { chromium: 'chromium', ripgrep: 'rg' };
  return wanted.filter((name) => programOf[name] !== undefined && !which(programOf[name]));
}

function installDebianPackages(names: string[]): boolean {
  log(`installing Debian packages: ${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update'], { env }).ok) return false;
  return run('apt-get', ['install', '-y', '--no-install-recommends', ...names], { env }).ok;
}

/** Installs missing Debian packages when running as root; reports what is still missing. */
export function ensurePrerequisites(): MissingPrerequisite[] {
  const missing: MissingPrerequisite[] = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    missing.push({
      what: `Node.js 20 (this is ${process.versions.node})`,
      remedy: 'code-server 4.100.3 builds and runs its native modules for Node 20; run the e2e suite with Node 20',
    });
  }
  const packages = neededPackages();
  if (packages.length > 0) {
    const installed = isRoot() && which('apt-get') !== undefined && installDebianPackages(packages);
    if (!installed) {
      missing.push({
        what: `Debian packages ${packages.join(' ')}`,
        remedy: `as root: apt-get update && apt-get install -y ${packages.join(' ')}`,
      });
    }
  }
  return missing;
}

export function chromiumPath(): string | undefined {
  const given = process.env.MAILZONE_E2E_CHROMIUM;
  if (given) return fs.existsSync(given) ? given : undefined;
  return which('chromium') ?? which('chromium-browser');
}
