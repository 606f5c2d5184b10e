import type { Span } from '../text/source';
import type { SourceFile } from '../text/source';

/** One argument of a directive: the unescaped value and where its text sits in the file. */
export interface NginxArg {
  value: string;
  /** The text as written, quotes included. */
  raw: string;
  span: Span;
  quote?: '"' | "'";
}

/**
 * Where a directive sits: the block chain that encloses it, e.g. `http/server/location`.
 * `main` for the top of nginx.conf; a fragment opened alone gets the context it is evidently written for.
 */
export type NginxContext = string;

export interface NginxDirective {
  name: string;
  nameSpan: Span;
  args: NginxArg[];
  /** From the name to the `;`, or to the closing `}` of its block. */
  span: Span;
  /** The file this directive is written in. */
  path: string;
  context: NginxContext;
  /** Present for block directives (`server { … }`). */
  block?: NginxDirective[];
  openBrace?: number;
  closeBrace?: number;
  /** The block content is another language (`content_by_lua_block { … }`): kept as text, not parsed. */
  opaque?: boolean;
  /** False when the `;` is missing (already reported). */
  terminated: boolean;
  parent?: NginxDirective;
  /** For `include`: the directives of the files it pulled in, in order. */
  included?: NginxDirective[];
  /** For `include`: the files it resolved to. */
  includedPaths?: string[];
}

export interface NginxComment {
  text: string;
  span: Span;
}

export interface NginxProblem {
  rule: string;
  path: string;
  span: Span;
  messageId?: string;
  args?: Record<string, string | number>;
}

export interface NginxFile {
  path: string;
  source: SourceFile;
  directives: NginxDirective[];
  comments: NginxComment[];
}

export interface NginxConfig {
  /** The checked document. */
  main: NginxFile;
  /** Every file read, the checked one first, then included ones by path. */
  files: Map<string, NginxFile>;
  /** Directory `include` and relative certificate paths resolve against (nginx's conf prefix). */
  prefix: string;
  /** The context the checked file's top level is read in (`main`, or e.g. `http` for a conf.d fragment). */
  rootContext: NginxContext;
  problems: NginxProblem[];
}

const expandedCache = new WeakMap<readonly NginxDirective[], readonly NginxDirective[]>();

/**
 * The directives of `list` with every `include` replaced by what it included, recursively. A list without
 * includes is returned as is; an expanded one is built once (the tree does not change once the includes are
 * resolved).
 */
export function expandIncludes(list: readonly NginxDirective[]): readonly NginxDirective[] {
  const cached = expandedCache.get(list);
  if (cached) return cached;
  let hasInclude = false;
  for (const directive of list) {
    if (directive.name === 'include' && directive.included) {
      hasInclude = true;
      break;
    }
  }
  if (!hasInclude) return list;
  const expanded: NginxDirective[] = [];
  for (const directive of list) {
    if (directive.name === 'include' && directive.included) {
      for (const child of expandIncludes(directive.included)) expanded.push(child);
    } else expanded.push(directive);
  }
  expandedCache.set(list, expanded);
  return expanded;
}

/** Every directive in the tree (includes expanded), depth first in file order. */
export function walkDirectives(list: readonly NginxDirective[], visit: (directive: NginxDirective) => void): void {
  for (const directive of expandIncludes(list)) {
    visit(directive);
    if (directive.block) walkDirectives(directive.block, visit);
  }
}

/** What the tree-wide rules ask of a whole configuration, gathered in one walk. */
interface TreeIndex {
  /** Every directive by name, in `walkDirectives` order. */
  byName: Map<string, NginxDirective[]>;
  /** The directives nginx reads as directives, in order: not the entries of data blocks, nor opaque bodies. */
  statements: NginxDirective[];
  /** Some block holds another language (`content_by_lua_block`). */
  hasOpaque: boolean;
}

/**
 * Blocks whose entries are data (`types { text/html html; }`), not directives. Kept here for the tree index;
 * the parser re-exports it.
 */
export const DATA_BLOCKS = new Set(['types', 'map', 'geo', 'split_clients', 'charset_map', 'match']);

const treeIndexes = new WeakMap<readonly NginxDirective[], TreeIndex>();

function treeIndex(list: readonly NginxDirective[]): TreeIndex {
  let index = treeIndexes.get(list);
  if (index) return index;
  const built: TreeIndex = { byName: new Map(), statements: [], hasOpaque: false };
  const visit = (items: readonly NginxDirective[], statements: boolean) => {
    for (const directive of expandIncludes(items)) {
      const same = built.byName.get(directive.name);
      if (same) same.push(directive);
      else built.byName.set(directive.name, [directive]);
      if (statements) built.statements.push(directive);
      if (directive.opaque) built.hasOpaque = true;
      if (directive.block) visit(directive.block, statements && !directive.opaque && !DATA_BLOCKS.has(directive.name));
    }
  };
  visit(list, true);
  treeIndexes.set(list, built);
  return built;
}

/** The directives named `name` anywhere under `list`, in `walkDirectives` order; indexed once per tree. */
export function directivesNamed(list: readonly NginxDirective[], name: string): readonly NginxDirective[] {
  return treeIndex(list).byName.get(name) ?? NONE;
}

/**
 * The directives under `list` that nginx reads as directives (the entries of `types`, `map`, … and the
 * bodies of Lua blocks are not), depth first in file order.
 */
export function statementsOf(list: readonly NginxDirective[]): readonly NginxDirective[] {
  return treeIndex(list).statements;
}

/** Whether a block under `list` holds another language (OpenResty's `*_by_lua_block`). */
export function hasOpaqueBlock(list: readonly NginxDirective[]): boolean {
  return treeIndex(list).hasOpaque;
}

const byNameCache = new WeakMap<readonly NginxDirective[], Map<string, NginxDirective[]>>();
const NONE: readonly NginxDirective[] = [];

/** Lists up to this long are scanned; longer ones (an `http` block with its servers) are indexed by name. */
const SCAN_LIMIT = 32;

/** The directives named `name` directly in `list` (includes expanded). */
export function childrenNamed(list: readonly NginxDirective[] | undefined, name: string): readonly NginxDirective[] {
  if (!list) return NONE;
  const items = expandIncludes(list);
  if (items.length <= SCAN_LIMIT) {
    let found: NginxDirective[] | undefined;
    for (const directive of items) if (directive.name === name) (found ??= []).push(directive);
    return found ?? NONE;
  }
  return byName(list, items).get(name) ?? NONE;
}

function byName(list: readonly NginxDirective[], items: readonly NginxDirective[]): Map<string, NginxDirective[]> {
  let index = byNameCache.get(list);
  if (!index) {
    index = new Map();
    for (const directive of items) {
      const same = index.get(directive.name);
      if (same) same.push(directive);
      else index.set(directive.name, [directive]);
    }
    byNameCache.set(list, index);
  }
  return index;
}

/** The last directive named `name` directly in `list`: nginx uses the last one for most single-value directives. */
export function lastChild(list: readonly NginxDirective[] | undefined, name: string): NginxDirective | undefined {
  if (!list) return undefined;
  const items = expandIncludes(list);
  if (items.length <= SCAN_LIMIT) {
    for (let i = items.length - 1; i >= 0; i--) if (items[i]!.name === name) return items[i];
    return undefined;
  }
  const found = byName(list, items).get(name);
  return found?.[found.length - 1];
}

/** The span from the first to the last argument (the name's span when there are none). */
export function argsSpan(directive: NginxDirective): Span {
  const first = directive.args[0];
  const last = directive.args[directive.args.length - 1];
  return first && last ? { start: first.span.start, end: last.span.end } : directive.nameSpan;
}
