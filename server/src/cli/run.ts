import * as os from 'node:os';
import * as path from 'node:path';
import { normalizeLocale, phrase } from '../engine/catalog/catalogue';
import { detectLanguage } from '../engine/languages';
import { ciphersCommand } from '../engine/nginx/openssl/command';
import { parseArgs, type CheckOptions } from './args';
import { checkFile, type CheckContext, type CheckJob } from './check-file';
import { ConfigResolver } from './configs';
import { discoverFiles, displayPath } from './discover';
import { formatJson } from './formats/json';
import { fileUri, formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { buildReport, totals } from './report';
import { formatStats } from './stats';
import { VERSION } from './version';
import { CheckPool, threadCpuMs, type PoolResult } from './worker-pool';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

/** Without --jobs, worker threads start only from this many files: below it, starting them costs more than it saves. */
export const WORKER_THRESHOLD = 64;

/** `mailzone …`: returns the exit status. Never throws for bad arguments or files. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const envLocale = io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG;
  switch (args.command) {
    case 'help':
      io.stdout(phrase('cli.help', {}, normalizeLocale(envLocale)) + '\n');
      return EXIT_OK;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`mailzone: ${phrase(args.phrase, args.args, normalizeLocale(args.locale ?? envLocale))}\n`);
      return EXIT_FAILURE;
    case 'ciphers':
      return runCiphers(args.cipherString ?? '', io);
    case 'check':
      return runCheck(args, io, normalizeLocale(args.locale ?? envLocale));
  }
}

/** Like `openssl ciphers -s -tls1_2 'STRING'`: the suites on standard output, or an error and status 1. */
function runCiphers(cipherString: string, io: CliIo): number {
  const result = ciphersCommand(cipherString);
  if (result.ok) io.stdout(`${result.output}\n`);
  else io.stderr(`${result.output}\n`);
  return result.ok ? EXIT_OK : EXIT_PROBLEMS;
}

async function runCheck(options: CheckOptions, io: CliIo, locale: string): Promise<number> {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const configs = new ConfigResolver(options.config, io.cwd, locale);
  const messages: string[] = [];
  let ioFailure = false;
  let jobs: CheckJob[];
  if (options.stdin) jobs = [await stdinJob(options, io)];
  else {
    const discovery = discoverFiles(options.paths, io.cwd);
    for (const failure of discovery.failures) messages.push(phrase('cli.cannotRead', { path: failure.path, detail: failure.detail }, locale));
    ioFailure = discovery.failures.length > 0;
    jobs = discovery.jobs;
    if (jobs.length === 0 && !ioFailure) messages.push(phrase('cli.noFiles', { paths: options.paths.join(', ') }, locale));
  }
  const threads = threadCount(options, jobs.length);
  // Workers boot while the main thread resolves the configurations.
  const pool = threads > 1 ? new CheckPool(threads) : undefined;
  for (const job of jobs) {
    const configPath = configs.configFor(job.path);
    if (configPath !== undefined) job.configPath = configPath;
  }
  const context: CheckContext = { locale, fix: options.fix, configs: configs.settings };
  const { outcomes, threads: perThread } = pool ? await pool.run(jobs, context) : checkOnMainThread(jobs, context);

  for (const outcome of outcomes) {
    messages.push(...outcome.messages);
    ioFailure ||= outcome.ioFailure;
  }
  const files = buildReport(outcomes, (p) => displayPath(p, io.cwd));
  const sums = totals(files, jobs.length);
  io.stdout(render(options, files, sums, io.cwd, locale));
  const fixed = outcomes.reduce((n, o) => n + o.fixesApplied, 0);
  if (fixed > 0) messages.push(phrase('cli.fixed', { count: fixed, files: outcomes.filter((o) => o.fixesApplied > 0).length }, locale));
  for (const message of [...configs.messages, ...messages]) io.stderr(`mailzone: ${message}\n`);
  if (options.stats) io.stderr(formatStats(outcomes, started, cpuStarted, threads, perThread, locale) + '\n');
  if (ioFailure || configs.failed) return EXIT_FAILURE;
  return sums.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

function checkOnMainThread(jobs: readonly CheckJob[], context: CheckContext): PoolResult {
  const began = performance.now();
  const cpuBefore = threadCpuMs();
  const outcomes = jobs.map((job) => checkFile(job, context));
  const records = outcomes.reduce((n, o) => n + o.records, 0);
  const cpuAfter = threadCpuMs();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
  return { outcomes, threads: [{ thread: 'main', files: outcomes.length, records, busyMs: performance.now() - began, cpuMs }] };
}

function render(options: CheckOptions, files: ReturnType<typeof buildReport>, sums: ReturnType<typeof totals>, cwd: string, locale: string): string {
  if (options.format === 'json') return formatJson(files);
  if (options.format === 'sarif') return formatSarif(files, { version: VERSION, rootUri: fileUri(cwd).replace(/\/?$/, '/') }, locale);
  return formatStylish(files, sums, locale);
}

async function stdinJob(options: CheckOptions, io: CliIo): Promise<CheckJob> {
  const text = await io.readStdin();
  const name = options.stdinFilename;
  const display = name ?? '<stdin>';
  const language = (name ? detectLanguage(name, text) : detectLanguage('stdin', text)) ?? 'zone';
  return { path: path.resolve(io.cwd, name ?? 'stdin'), display, language, text };
}

/**
 * Threads that check files: --jobs, else one per available core (os.availableParallelism) once there are
 * enough files to pay for starting workers. Never more threads than files.
 */
function threadCount(options: CheckOptions, files: number): number {
  if (options.jobs !== undefined) return Math.max(1, Math.min(options.jobs, files));
  if (files < WORKER_THRESHOLD) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), files));
}
