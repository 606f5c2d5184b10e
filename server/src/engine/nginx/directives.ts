import type { Directive as ReferenceDirective } from '@nginx/reference-lib';
import { directiveRows } from './directive-table';

/**
 * What nginx's own documentation (via @nginx/reference-lib) says about each directive: where it is allowed,
 * its syntax and default. Checking needs only names, modules and contexts, which come from a small table
 * generated from the library (directive-table.ts); the library itself, 1.7 MB of documentation text, is
 * loaded on the first hover that shows syntax or description.
 */

export type ModuleFamily = 'core' | 'http' | 'mail' | 'stream';

/** Where a directive may stand: enough to check a configuration. */
export interface DirectivePlace {
  name: string;
  module: string;
  family: ModuleFamily;
  contexts: string[];
  isBlock: boolean;
}

export interface DirectiveInfo extends DirectivePlace {
  syntax: string[];
  default: string;
  description: string;
}

let byName: Map<string, DirectivePlace[]> | undefined;

function familyOf(module: string): ModuleFamily {
  if (module.startsWith('ngx_http_')) return 'http';
  if (module.startsWith('ngx_mail_')) return 'mail';
  if (module.startsWith('ngx_stream_')) return 'stream';
  return 'core';
}

function load(): Map<string, DirectivePlace[]> {
  if (byName) return byName;
  byName = new Map();
  for (const [name, module, contexts, isBlock] of directiveRows) {
    const place: DirectivePlace = { name, module, family: familyOf(module), contexts: contexts.split('|'), isBlock: isBlock === 1 };
    const same = byName.get(name);
    if (same) same.push(place);
    else byName.set(name, [place]);
  }
  return byName;
}

let docs: Map<string, ReferenceDirective> | undefined;

/** The library's entry for one directive of one module (syntax, default and description in Markdown). */
function docsFor(place: DirectivePlace): ReferenceDirective | undefined {
  if (!docs) {
    // Required here, not imported: only hovers need the text. The CLI bundles leave the library out
    // (scripts/build.mjs); there the entries keep their table facts and an empty text.
    let list: ReferenceDirective[] = [];
    try {
      const lib = require('@nginx/reference-lib') as typeof import('@nginx/reference-lib');
      list = lib.getDirectives(lib.Format.Markdown);
    } catch {
      // Not bundled.
    }
    docs = new Map(list.map((d) => [`${d.module}\u0000${d.name}`, d]));
  }
  return docs.get(`${place.module}\u0000${place.name}`);
}

const infoCache = new WeakMap<DirectivePlace, DirectiveInfo>();

function withDocs(place: DirectivePlace): DirectiveInfo {
  let info = infoCache.get(place);
  if (!info) {
    const d = docsFor(place);
    info = { ...place, syntax: d?.syntax ?? [], default: d?.default ?? '', description: d?.description ?? '' };
    infoCache.set(place, info);
  }
  return info;
}

/** Where `name` may stand, one entry per module that defines it (http's and mail's `listen`, …). */
export function directivePlaces(name: string): readonly DirectivePlace[] {
  return load().get(name) ?? [];
}

export function directiveInfos(name: string): DirectiveInfo[] {
  return directivePlaces(name).map(withDocs);
}

export function isKnownDirective(name: string): boolean {
  return load().has(name);
}

export function allDirectiveNames(): string[] {
  return [...load().keys()];
}

/** The module family a context belongs to: `http/server/location` → http, `mail/server` → mail. */
export function contextFamily(context: string): ModuleFamily {
  const top = context.split('/')[0];
  return top === 'http' || top === 'mail' || top === 'stream' ? top : 'core';
}

/** The word nginx's documentation uses for a context path, e.g. `http/server/location/if` → `if in location`. */
export function contextWord(context: string): string {
  const parts = context.split('/');
  const last = parts[parts.length - 1]!;
  if (last === 'if') return parts[parts.length - 2] === 'location' ? 'if in location' : 'if';
  return last;
}

/**
 * Whether nginx accepts `name` in `context`; undefined when the directive is not in nginx's documentation
 * (a third-party module), so nothing can be said.
 */
export function allowedIn(name: string, context: string): boolean | undefined {
  let inContext = allowedCache.get(context);
  if (!inContext) allowedCache.set(context, (inContext = new Map()));
  let allowed = inContext.get(name);
  if (allowed === undefined && !inContext.has(name)) {
    // Names being typed in an editor are asked once each: the cache stays bounded.
    if (inContext.size > 4096) inContext.clear();
    inContext.set(name, (allowed = computeAllowedIn(name, context)));
  }
  return allowed;
}

/** allowedIn by context, then name: every directive of a large configuration asks one of a few questions. */
const allowedCache = new Map<string, Map<string, boolean | undefined>>();

/** Blocks whose name means the same in every module family. */
const FAMILY_FREE = new Set(['main', 'events', 'http', 'mail', 'stream']);

function computeAllowedIn(name: string, context: string): boolean | undefined {
  const infos = directivePlaces(name);
  if (infos.length === 0) return undefined;
  const family = contextFamily(context);
  const word = contextWord(context);
  return infos.some((info) => {
    if (info.contexts.includes('') || info.contexts.length === 0) return true;
    // `server`, `upstream`, … mean different blocks in http, mail and stream; `main` or `http` do not.
    const familyBound = !FAMILY_FREE.has(word);
    if (familyBound && info.family !== 'core' && info.family !== family) return false;
    if (word.startsWith('if')) return info.contexts.includes(word) || info.contexts.includes('if');
    return info.contexts.includes(word);
  });
}

/** The documentation entry that applies in `context` (http's `listen`, not mail's). */
export function directiveInfoIn(name: string, context: string): DirectiveInfo | undefined {
  const place = directivePlaceIn(name, context);
  return place && withDocs(place);
}

/** The module entry that applies in `context`, without the documentation text. */
export function directivePlaceIn(name: string, context: string): DirectivePlace | undefined {
  const places = directivePlaces(name);
  const family = contextFamily(context);
  return places.find((p) => p.family === family) ?? places.find((p) => p.family === 'core') ?? places[0];
}

/** The context a block directive opens, from the context it sits in. */
export function childContext(parent: string, name: string): string {
  if (parent === 'main' && (name === 'http' || name === 'mail' || name === 'stream' || name === 'events')) return name;
  return parent === 'main' ? name : `${parent}/${name}`;
}
