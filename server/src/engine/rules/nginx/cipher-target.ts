import type { Fix } from '../../diagnostics';
import type { RuleEnv } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { analyzeCiphers, MOZILLA_GUIDELINE, MOZILLA_INTERMEDIATE_CIPHERS, type CipherAnalysis } from '../../nginx/cipher-analysis';
import { insertInBlock, replaceSpan } from '../../nginx/edits';
import { serverAnchor, serversOf } from '../../nginx/tls-settings';
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

/** One target per distinct `ssl_ciphers` (an inherited one is reported once, where it is written). */
export function cipherTargets(config: NginxConfig, env: RuleEnv): CipherTarget[] {
  const out: CipherTarget[] = [];
  const seen = new Set<string>();
  const title = phrase('nginx.fix.ciphers.intermediate', { version: MOZILLA_GUIDELINE }, env.settings.locale);
  for (const server of serversOf(config, env.settings.nginxVersion)) {
    if (!server.tls) continue;
    const directive = server.ciphers.directive;
    if (directive) {
      const arg = directive.args[0];
      if (!arg || directive.args.length !== 1) continue;
      const key = `${directive.path}:${arg.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const edit = replaceSpan(config, directive.path, arg.span, MOZILLA_INTERMEDIATE_CIPHERS);
      out.push({ path: directive.path, span: arg.span, isDefault: false, analysis: analyzeCiphers(arg.value), fixes: [{ title, preferred: true, edits: [edit] }] });
      continue;
    }
    const anchor = serverAnchor(server);
    if (!anchor || server.partial) continue;
    const edit = server.block && insertInBlock(config, server.block, `ssl_ciphers ${MOZILLA_INTERMEDIATE_CIPHERS};`);
    out.push({ ...anchor, isDefault: true, analysis: analyzeCiphers(server.ciphers.values.join(' ')), fixes: edit ? [{ title, preferred: true, edits: [edit] }] : [] });
  }
  return out;
}

/** Names for a message: the first few, then a count. */
export function listNames(names: string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} (+${names.length - max})`;
}
