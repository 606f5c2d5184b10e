/**
 * `npm run test:e2e`: installs what is missing, packs and installs the .vsix into code-server, opens the
 * workbench in headless Chromium, runs every scenario in test/e2e/scenarios, and stops everything at the end.
 * Exits non-zero when a scenario fails or when a prerequisite is missing (MAILZONE_E2E_OPTIONAL=1 turns the
 * latter into a warning).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { Browser, Page } from 'playwright-core';
import { log } from './setup/commands';
import { ensureCodeServer } from './setup/code-server-install';
import { startCodeServer, type RunningCodeServer } from './setup/code-server-process';
import { artifactsDir, scenariosDir } from './setup/paths';
import { chromiumPath, ensurePrerequisites, type MissingPrerequisite } from './setup/prerequisites';
import { createRunFolder, removeRunFolder, type RunFolder } from './setup/run-folder';
import { installExtension, packExtension } from './setup/vsix';
import { launchBrowser, openWorkbench } from './workbench/browser';
import { closeAllEditors } from './workbench/editor';
import { saveScreenshot } from './workbench/screenshots';
import { Workbench } from './workbench/workbench';
import { setWorkbench } from './scenarios/session';

const SCENARIO_FILE = /^\d+-.+\.e2e\.ts$/;
/** The scenarios (with code-server and the browser) must finish within this; a hang fails the run instead. */
const RUN_BUDGET_MS = Number(process.env.MAILZONE_E2E_BUDGET_S ?? 480) * 1000;

/** The page the scenarios drive, for the screenshot taken after each of them. */
let currentPage: Page | undefined;

function scenarioFiles(): string[] {
  return fs.readdirSync(scenariosDir).filter((name) => SCENARIO_FILE.test(name)).sort().map((name) => path.join(scenariosDir, name));
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Says loudly which scenarios did not run and why; fails unless the run was marked optional. */
function reportNotRun(missing: MissingPrerequisite[]): number {
  const lines = [
    '',
    '==================== MailZone e2e: NOT RUN ====================',
    'These scenarios did not run:',
    ...scenarioFiles().map((file) => `  - ${path.basename(file, '.e2e.ts')}`),
    'because something they need is missing or failed:',
    ...missing.map((item) => `  - ${item.what}\n      fix: ${item.remedy}`),
    '===============================================================',
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  return process.env.MAILZONE_E2E_OPTIONAL === '1' ? 0 : 1;
}

function prepare(): { chromium: string; vsix: string } | MissingPrerequisite[] {
  const missing = ensurePrerequisites();
  const chromium = chromiumPath();
  if (!chromium) {
    const given = process.env.MAILZONE_E2E_CHROMIUM;
    missing.push(given
      ? { what: `Chromium at MAILZONE_E2E_CHROMIUM=${given}`, remedy: 'no such file; point it at a Chromium executable' }
      : { what: 'Chromium', remedy: 'as root: apt-get install -y chromium (or set MAILZONE_E2E_CHROMIUM)' });
  }
  if (missing.length > 0) return missing;
  const installProblem = ensureCodeServer();
  if (installProblem) return [{ what: 'code-server 4.100.3', remedy: installProblem }];
  const packed = packExtension();
  if (!packed.vsix) return [{ what: 'the extension package (.vsix)', remedy: packed.problem ?? 'packing failed' }];
  return { chromium: chromium ?? '', vsix: packed.vsix };
}

async function runScenarios(): Promise<number> {
  const mocha = new Mocha({ timeout: 120_000, reporter: 'spec', grep: process.env.MAILZONE_E2E_GREP });
  mocha.rootHooks({
    async afterEach(this: Mocha.Context) {
      const test = this.currentTest;
      const page = currentPage;
      if (!test || !page) return;
      const file = await saveScreenshot(page, `${test.state === 'failed' ? 'FAILED-' : ''}${test.fullTitle()}`).catch(() => undefined);
      if (file) log(`screenshot: ${path.relative(process.cwd(), file)}`);
      await closeAllEditors(page).catch(() => undefined);
    },
  });
  for (const file of scenarioFiles()) mocha.addFile(file);
  return new Promise((resolve) => mocha.run((failures) => resolve(failures)));
}

function keepLogs(folder: RunFolder): void {
  const logs = path.join(folder.userData, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(artifactsDir, 'logs'), { recursive: true });
}

/** After a failure, the end of the extension's output channel (server errors show up there first). */
function printExtensionLog(): void {
  const logs = path.join(artifactsDir, 'logs');
  if (!fs.existsSync(logs)) return;
  const channel = fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }).find((entry) => entry.endsWith('MailZone.log'));
  if (!channel) return;
  const text = fs.readFileSync(path.join(logs, channel), 'utf8').trimEnd();
  if (text === '') return;
  const lines = text.split('\n').slice(-30);
  process.stderr.write(`[e2e] last lines of the MailZone output channel (${path.join('test/e2e/artifacts/logs', channel)}):\n${lines.join('\n')}\n`);
}

async function main(): Promise<number> {
  const started = Date.now();
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });

  const prepared = prepare();
  if (Array.isArray(prepared)) return reportNotRun(prepared);
  log(`prepared (code-server, .vsix) in ${seconds(started)}`);

  const folder = createRunFolder();
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let scenariosFailed = false;
  const stopAll = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    process.stderr.write(`[e2e] FAILED: the run exceeded its budget of ${RUN_BUDGET_MS / 1000} s; stopping code-server and the browser\n`);
    void stopAll().finally(() => process.exit(1));
  }, RUN_BUDGET_MS);
  watchdog.unref();
  try {
    const installProblem = installExtension(prepared.vsix, folder.extensions);
    if (installProblem) return reportNotRun([{ what: 'the installed extension', remedy: installProblem }]);
    server = await startCodeServer(folder, path.join(artifactsDir, 'code-server.log'));
    log(`code-server listening on ${server.url}`);
    browser = await launchBrowser(prepared.chromium);
    currentPage = await openWorkbench(browser, server.url, folder.workspace);
    setWorkbench(new Workbench(currentPage, folder.workspace));
    log(`workbench open after ${seconds(started)}`);
    const failures = await runScenarios();
    log(`${failures === 0 ? 'all scenarios passed' : `${failures} scenario(s) FAILED`}; total ${seconds(started)}`);
    scenariosFailed = failures > 0;
    return failures === 0 ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    setWorkbench(undefined);
    await stopAll();
    keepLogs(folder);
    if (scenariosFailed) printExtensionLog();
    if (process.env.MAILZONE_E2E_KEEP === '1') log(`kept the run folder ${folder.root}`);
    else removeRunFolder(folder);
    log(`screenshots and logs: ${path.relative(process.cwd(), artifactsDir)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[e2e] FAILED: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
