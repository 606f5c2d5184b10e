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
 * The directives of `list` with every `include` replaced by what it included, recursively. Computed once per
 * list (the tree does not change once the includes are resolved); a list without includes is returned as is.
 */
export function expandIncludes(list: readonly NginxDirective[]): readonly NginxDirective[] {
  let out = expandedCache.get(list);
  if (out) return out;
  if (!list.some((directive) => directive.name === 'include' && directive.included)) out = list;
  else {
    const expanded: NginxDirective[] = [];
    for (const directive of list) {
      if (directive.name === 'include' && directive.included) {
        for (const child of expandIncludes(directive.included)) expanded.push(child);
      } else expanded.push(directive);
    }
    out = expanded;
  }
  expandedCache.set(list, out);
  return out;
}

/** Every directive in the tree (includes expanded), depth first in file order. */
export function walkDirectives(list: readonly NginxDirective[], visit: (directive: NginxDirective) => void): void {
  for (const directive of expandIncludes(list)) {
    visit(directive);
    if (directive.block) walkDirectives(directive.block, visit);
  }
}

const byNameInTree = new WeakMap<readonly NginxDirective[], Map<string, NginxDirective[]>>();

/** The directives named `name` anywhere under `list`, in `walkDirectives` order; indexed once per tree. */
export function directivesNamed(list: readonly NginxDirective[], name: string): readonly NginxDirective[] {
  let index = byNameInTree.get(list);
  if (!index) {
    const built = new Map<string, NginxDirective[]>();
    walkDirectives(list, (directive) => {
      const same = built.get(directive.name);
      if (same) same.push(directive);
      else built.set(directive.name, [directive]);
    });
    byNameInTree.set(list, (index = built));
  }
  return index.get(name) ?? [];
}

const byNameCache = new WeakMap<readonly NginxDirective[], Map<string, NginxDirective[]>>();
const NONE: readonly NginxDirective[] = [];

/** The directives named `name` directly in `list` (includes expanded); indexed once per list. */
export function childrenNamed(list: readonly NginxDirective[] | undefined, name: string): readonly NginxDirective[] {
  if (!list) return NONE;
  let index = byNameCache.get(list);
  if (!index) {
    index = new Map();
    for (const directive of expandIncludes(list)) {
      const same = index.get(directive.name);
      if (same) same.push(directive);
      else index.set(directive.name, [directive]);
    }
    byNameCache.set(list, index);
  }
  return index.get(name) ?? NONE;
}

/** The last directive named `name` directly in `list`: nginx uses the last one for most single-value directives. */
export function lastChild(list: readonly NginxDirective[] | undefined, name: string): NginxDirective | undefined {
  const found = childrenNamed(list, name);
  return found[found.length - 1];
}

/** The span from the first to the last argument (the name's span when there are none). */
export function argsSpan(directive: NginxDirective): Span {
  const first = directive.args[0];
  const last = directive.args[directive.args.length - 1];
  return first && last ? { start: first.span.start, end: last.span.end } : directive.nameSpan;
}
