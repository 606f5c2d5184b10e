import { Format, getDirectives, type Directive as ReferenceDirective } from '@nginx/reference-lib';

/**
 * What nginx's own documentation (via @nginx/reference-lib) says about each directive: where it is allowed,
 * its syntax and default. Loaded on first use; the data is about 1.7 MB.
 */

export type ModuleFamily = 'core' | 'http' | 'mail' | 'stream';

export interface DirectiveInfo {
  name: string;
  module: string;
  family: ModuleFamily;
  contexts: string[];
  syntax: string[];
  default: string;
  isBlock: boolean;
  description: string;
}

let byName: Map<string, DirectiveInfo[]> | undefined;

function familyOf(module: string): ModuleFamily {
  if (module.startsWith('ngx_http_')) return 'http';
  if (module.startsWith('ngx_mail_')) return 'mail';
  if (module.startsWith('ngx_stream_')) return 'stream';
  return 'core';
}

function load(): Map<string, DirectiveInfo[]> {
  if (byName) return byName;
  byName = new Map();
  for (const d of getDirectives(Format.Markdown) as ReferenceDirective[]) {
    const info: DirectiveInfo = {
      name: d.name,
      module: d.module,
      family: familyOf(d.module),
      contexts: d.contexts,
      syntax: d.syntax,
      default: d.default,
      isBlock: d.isBlock,
      description: d.description,
    };
    byName.set(d.name, [...(byName.get(d.name) ?? []), info]);
  }
  return byName;
}

export function directiveInfos(name: string): DirectiveInfo[] {
  return load().get(name) ?? [];
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
  const infos = directiveInfos(name);
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
  const infos = directiveInfos(name);
  const family = contextFamily(context);
  return infos.find((info) => info.family === family) ?? infos.find((info) => info.family === 'core') ?? infos[0];
}

/** The context a block directive opens, from the context it sits in. */
export function childContext(parent: string, name: string): string {
  if (parent === 'main' && (name === 'http' || name === 'mail' || name === 'stream' || name === 'events')) return name;
  return parent === 'main' ? name : `${parent}/${name}`;
}
