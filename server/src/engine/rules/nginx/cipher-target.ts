import type { Fix } from '../../diagnostics';
import type { RuleEnv } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { analyzeCiphers, MOZILLA_GUIDELINE, MOZILLA_INTERMEDIATE_CIPHERS, MOZILLA_MODERN_PROTOCOLS, type CipherAnalysis } from '../../nginx/cipher-analysis';
import { insertInBlock, insertLineAfter, replaceSpan } from '../../nginx/edits';
import { argsSpan } from '../../nginx/model';
import { serverAnchor, serversOf, type TlsServer } from '../../nginx/tls-settings';
import type { Span } from '../../text/source';

/** The cipher list of one TLS server, where to report on it, and the fix that sets Mozilla's list. */
export interface CipherTarget {
  path: string;
  span: Span;
  /** True when the server relies on nginx's default `HIGH:!aNULL:!MD5`. */
  isDefault: boolean;
  analysis: CipherAnalysis;
  fixes: Fix[];
}

/**
 * One target per distinct `ssl_ciphers` (an inherited one is reported once, where it is written). Servers
 * with TLS 1.3 alone are left out unless `withTls13Only`: the list then only matters if OpenSSL rejects it.
 */
export function cipherTargets(config: NginxConfig, env: RuleEnv, withTls13Only = false): CipherTarget[] {
  // Eight rules ask for the same list: it is built once per configuration and settings.
  const cached = cache.get(config);
  const key = withTls13Only ? 'withTls13Only' : 'tls12';
  if (cached && cached.env === env && cached[key]) return cached[key];
  const targets = buildCipherTargets(config, env, withTls13Only);
  if (cached && cached.env === env) cached[key] = targets;
  else cache.set(config, { env, [key]: targets });
  return targets;
}

const cache = new WeakMap<NginxConfig, { env: RuleEnv; tls12?: CipherTarget[]; withTls13Only?: CipherTarget[] }>();

function buildCipherTargets(config: NginxConfig, env: RuleEnv, withTls13Only: boolean): CipherTarget[] {
  const out: CipherTarget[] = [];
  const seen = new Set<string>();
  const title = phrase('nginx.fix.ciphers.intermediate', { version: MOZILLA_GUIDELINE }, env.settings.locale);
  for (const server of serversOf(config, env.settings.nginxVersion)) {
    // `ssl_ciphers` only sets TLS 1.2-and-older suites: with TLS 1.3 alone it does not matter.
    if (!server.tls || (!withTls13Only && !server.protocols.values.some((p) => p !== 'TLSv1.3'))) continue;
    const directive = server.ciphers.directive;
    if (directive) {
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1) continue;
      const key = `${directive.path}:${arg.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const edit = replaceSpan(config, directive.path, arg.span, MOZILLA_INTERMEDIATE_CIPHERS);
      const fixes: Fix[] = [{ title, preferred: true, edits: [edit] }];
      const modern = modernFix(config, env, server, directive);
      if (modern) fixes.push(modern);
      out.push({ path: directive.path, span: arg.span, isDefault: false, analysis: analyzeCiphers(arg.value), fixes });
      continue;
    }
    const anchor = serverAnchor(server);
    if (!anchor || server.partial) continue;
    const edit = server.block && insertInBlock(config, server.block, `ssl_ciphers ${MOZILLA_INTERMEDIATE_CIPHERS};`);
    out.push({ ...anchor, isDefault: true, analysis: analyzeCiphers(server.ciphers.values.join(' ')), fixes: edit ? [{ title, preferred: true, edits: [edit] }] : [] });
  }
  return out;
}

/** Mozilla modern: TLS 1.3 only, where `ssl_ciphers` no longer matters. An alternative, never the preferred fix. */
function modernFix(config: NginxConfig, env: RuleEnv, server: TlsServer, ciphers: NginxDirective): Fix | undefined {
  const title = phrase('nginx.fix.ciphers.modern', { version: MOZILLA_GUIDELINE }, env.settings.locale);
  const protocols = server.protocols.directive;
  if (protocols && !server.protocols.inherited && protocols.path === ciphers.path) {
    return { title, edits: [replaceSpan(config, protocols.path, argsSpan(protocols), MOZILLA_MODERN_PROTOCOLS)] };
  }
  if (ciphers.parent !== server.block) return undefined;
  return { title, edits: [insertLineAfter(config, ciphers, `ssl_protocols ${MOZILLA_MODERN_PROTOCOLS};`)] };
}

/** Names for a message: the first few, then a count. */
export function listNames(names: string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} (+${names.length - max})`;
}
