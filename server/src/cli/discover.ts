import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../engine/diagnostics';
import { detectLanguage } from '../engine/languages';

export interface FileJob {
  /** Absolute path, what the engine sees (includes resolve against it). */
  path: string;
  /** What the output shows: relative to the working directory when inside it. */
  display: string;
  /** Forced for files named on the command line that detection does not recognise. */
  language?: Language;
}

export interface Discovery {
  jobs: FileJob[];
  /** Paths that could not be read at all (exit status 2). */
  failures: Array<{ path: string; detail: string }>;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Extensions that are never zone files, so their content is not even sniffed. */
const NEVER_ZONE = /\.(md|markdown|js|mjs|cjs|ts|tsx|json|ya?ml|toml|html?|css|svg|png|jpe?g|gif|webp|ico|pdf|zip|gz|tgz|xz|bz2|7z|tar|exe|dll|so|dylib|o|a|class|jar|py|pyc|rb|go|rs|c|h|cc|cpp|hpp|java|sh|bash|lock|log|csv|xml|pem|crt|key|der|p12|woff2?|ttf|otf|map)$/i;
const SNIFF_BYTES = 4096;
/** Reading a FIFO or a device would block or never end: only regular files are checked. */
const NOT_A_FILE = 'not a regular file';

/**
 * Files to check under `inputs`. A file named on the command line is always checked (as a zone file when
 * nothing else fits); directories are walked for files whose name, or for unusual names whose first lines,
 * say they are zone, nginx or MTA-STS files. Order is stable: sorted within each directory.
 */
export function discoverFiles(inputs: readonly string[], cwd: string): Discovery {
  const discovery: Discovery = { jobs: [], failures: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      discovery.failures.push({ path: input, detail: errorDetail(error) });
      continue;
    }
    if (stat.isDirectory()) walk(absolute, cwd, discovery, seen, new Set());
    else if (!stat.isFile()) discovery.failures.push({ path: input, detail: NOT_A_FILE });
    else add(discovery, seen, { path: absolute, display: displayPath(absolute, cwd), language: detectExplicit(absolute) });
  }
  return discovery;
}

function walk(dir: string, cwd: string, discovery: Discovery, seen: Set<string>, visitedDirs: Set<string>): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    discovery.failures.push({ path: displayPath(dir, cwd), detail: errorDetail(error) });
    return;
  }
  if (visitedDirs.has(real)) return;
  visitedDirs.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, cwd, discovery, seen, visitedDirs);
      continue;
    }
    if (!entry.isFile() && !isFileLink(entry, full)) continue;
    if (detectWalked(full)) add(discovery, seen, { path: full, display: displayPath(full, cwd) });
  }
}

function add(discovery: Discovery, seen: Set<string>, job: FileJob): void {
  if (seen.has(job.path)) return;
  seen.add(job.path);
  if (job.language === undefined) delete job.language;
  discovery.jobs.push(job);
}

function detectWalked(file: string): Language | undefined {
  const byName = detectLanguage(file);
  if (byName) return byName === 'zone' && /\.db$/i.test(file) ? detectLanguage(file, readHead(file)) : byName;
  if (NEVER_ZONE.test(file) || path.basename(file).startsWith('.')) return undefined;
  const head = readHead(file);
  return head === undefined ? undefined : detectLanguage(file, head);
}

function detectExplicit(file: string): Language | undefined {
  return detectLanguage(file) ? undefined : (detectLanguage(file, readHead(file)) ?? 'zone');
}

function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function isFileLink(entry: fs.Dirent, full: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false;
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}

export function errorDetail(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = error instanceof Error ? error.message : '';
    return message.startsWith(error.code) ? message.split(',')[0]! : error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
