import { SourceFile } from '../text/source';
import type { FileReader } from '../workspace';
import { basename, dirname, isAbsolutePath, resolvePath } from '../zone/paths';
import { allowedIn, childContext } from './directives';
import type { NginxConfig, NginxDirective, NginxFile, NginxProblem } from './model';
import { DATA_BLOCKS, parseNginxFile } from './parser';

/** nginx itself stops at deeper include chains only by running out of files; MailZone stops here. */
export const MAX_INCLUDE_DEPTH = 16;
/**
 * Bounds on `include` expansion for one configuration: files that include each other through globs fan out
 * exponentially before the depth bound stops them. A snippet included once per server block is normal;
 * the same file included more than MAX_SAME_FILE times is not.
 */
export const MAX_INCLUDED_FILES = 2000;
export const MAX_SAME_FILE = 64;

/** Folders whose files are fragments included from nginx.conf's directory (Debian and the nginx.org packages). */
const FRAGMENT_FOLDERS = new Set(['conf.d', 'sites-available', 'sites-enabled', 'snippets', 'modules-enabled', 'modules-available', 'stream.d', 'mail.d']);

/** Contexts a fragment may be written for, tried in this order. */
const FRAGMENT_CONTEXTS = ['main', 'http', 'http/server', 'http/server/location', 'mail', 'mail/server', 'stream', 'stream/server', 'events', 'http/upstream'];

/**
 * Parses `source` and every file it includes. A file that starts with `http`/`events` (or other main-level
 * directives) is a main configuration; one made of `server` blocks is read as an http fragment, and so on.
 */
export function loadNginxConfig(source: SourceFile, reader: FileReader): NginxConfig {
  const first = parseNginxFile(source, 'main');
  const rootContext = inferContext(first.file.directives);
  const parsed = rootContext === 'main' ? first : parseNginxFile(source, rootContext);
  const prefix = prefixFor(source.path, rootContext);
  const files = new Map<string, NginxFile>([[source.path, parsed.file]]);
  const problems: NginxProblem[] = [...parsed.problems];
  const resolver = new IncludeResolver(reader, prefix, files, problems);
  resolver.resolve(parsed.file.directives, [source.path]);
  return { main: parsed.file, files, prefix, rootContext, problems };
}

/**
 * The first candidate context in which the fewest directives of the whole file would be out of place
 * (a `server` block is http's or mail's depending on what it holds).
 */
export function inferContext(top: readonly NginxDirective[]): string {
  if (top.every((d) => d.name === 'include')) return 'main';
  let best = 'main';
  let bestMisses = Infinity;
  for (const context of FRAGMENT_CONTEXTS) {
    const misses = countMisplaced(top, context, bestMisses);
    if (misses < bestMisses) {
      best = context;
      bestMisses = misses;
    }
    if (misses === 0) break;
  }
  return best;
}

/** How many directives nginx would refuse if `list` were read in `context` (stops counting at `limit`). */
function countMisplaced(list: readonly NginxDirective[], context: string, limit: number): number {
  let misses = 0;
  for (const directive of list) {
    if (misses >= limit) break;
    if (directive.name === 'include') continue;
    if (allowedIn(directive.name, context) === false) misses++;
    if (directive.block && !directive.opaque && !DATA_BLOCKS.has(directive.name)) {
      misses += countMisplaced(directive.block, childContext(context, directive.name), limit - misses);
    }
  }
  return misses;
}

/** nginx resolves `include` and certificate paths against the directory of nginx.conf. */
export function prefixFor(path: string, rootContext: string): string {
  const dir = dirname(path);
  if (rootContext !== 'main' && FRAGMENT_FOLDERS.has(basename(dir))) return dirname(dir);
  return dir;
}

export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

class IncludeResolver {
  private included = 0;
  private readonly timesIncluded = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly reader: FileReader,
    private readonly prefix: string,
    private readonly files: Map<string, NginxFile>,
    private readonly problems: NginxProblem[],
  ) {}

  resolve(list: readonly NginxDirective[], chain: string[]): void {
    for (const directive of list) {
      if (directive.name === 'include' && directive.args.length === 1) this.include(directive, chain);
      if (directive.block && !directive.opaque) this.resolve(directive.block, chain);
    }
  }

  private include(directive: NginxDirective, chain: string[]): void {
    const arg = directive.args[0]!;
    const pattern = isAbsolutePath(arg.value) ? arg.value : resolvePath(this.prefix, arg.value);
    const paths = hasGlob(pattern) ? [...(this.reader.glob?.(pattern) ?? [])].sort() : [pattern];
    directive.included = [];
    directive.includedPaths = [];
    for (const path of paths) {
      if (chain.includes(path)) {
        this.report(directive, 'nginx/include-cycle', { path });
        continue;
      }
      if (chain.length > MAX_INCLUDE_DEPTH) {
        this.report(directive, 'nginx/include-cycle', { path, depth: MAX_INCLUDE_DEPTH }, 'too-deep');
        continue;
      }
      if (this.stopped) return;
      const times = (this.timesIncluded.get(path) ?? 0) + 1;
      this.timesIncluded.set(path, times);
      if (++this.included > MAX_INCLUDED_FILES || times > MAX_SAME_FILE) {
        this.stopped = true;
        this.report(directive, 'nginx/include-cycle', { path, count: this.included }, 'too-many');
        return;
      }
      const text = this.reader.readText(path);
      if (text === undefined) {
        if (!hasGlob(pattern)) this.report(directive, 'nginx/include-not-found', { path });
        continue;
      }
      const parsed = parseNginxFile(new SourceFile(path, text), directive.context);
      for (const child of parsed.file.directives) child.parent = directive.parent;
      if (!this.files.has(path)) this.files.set(path, parsed.file);
      this.problems.push(...parsed.problems);
      directive.included.push(...parsed.file.directives);
      directive.includedPaths.push(path);
      this.resolve(parsed.file.directives, [...chain, path]);
    }
  }

  private report(directive: NginxDirective, rule: string, args: Record<string, string | number>, messageId?: string): void {
    const arg = directive.args[0]!;
    const problem: NginxProblem = { rule, path: directive.path, span: arg.span, args };
    if (messageId) problem.messageId = messageId;
    this.problems.push(problem);
  }
}
