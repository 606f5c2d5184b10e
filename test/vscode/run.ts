// Runs the extension's integration suite inside a real VS Code (@vscode/test-electron), once in English and
// once in Simplified Chinese. It never downloads VS Code: set MAILZONE_VSCODE_PATH to an installed VS Code
// executable (e.g. /usr/share/code/code). Without it, it says so and exits 0.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'out/vscode-tests');

export function vscodeExecutable(): string | undefined {
  const candidate = process.env.MAILZONE_VSCODE_PATH;
  return candidate && fs.existsSync(candidate) ? candidate : undefined;
}

export async function runVscodeSuite(): Promise<'ran' | 'skipped'> {
  const executable = vscodeExecutable();
  if (!executable) {
    console.log(
      'VS Code integration suite NOT RUN: set MAILZONE_VSCODE_PATH to a VS Code executable to run it ' +
        `(currently ${process.env.MAILZONE_VSCODE_PATH ? `"${process.env.MAILZONE_VSCODE_PATH}" does not exist` : 'unset'}). Nothing was downloaded.`,
    );
    return 'skipped';
  }
  await build({
    entryPoints: [path.join(__dirname, 'suite/index.ts')],
    outfile: path.join(OUT, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  const workspace = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'mailzone-vscode-'));
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    for (const locale of ['en', 'zh-cn']) {
      const code = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(OUT, 'index.js'),
        extensionTestsEnv: { MAILZONE_TEST_LOCALE: locale, MAILZONE_TEST_WORKSPACE: workspace },
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--locale=${locale}`, '--skip-welcome', '--skip-release-notes'],
      });
      if (code !== 0) throw new Error(`VS Code suite failed in locale ${locale} (exit ${code})`);
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return 'ran';
}

if (require.main === module) {
  runVscodeSuite().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
