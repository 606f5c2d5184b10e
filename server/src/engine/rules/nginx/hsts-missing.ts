import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { MOZILLA_HSTS_MAX_AGE } from '../../nginx/cipher-analysis';
import { insertInBlock, replaceSpan } from '../../nginx/edits';
import { effectiveHeaders, hstsMaxAge, isHsts } from '../../nginx/headers';
import { serverAnchor, serversOf } from '../../nginx/tls-settings';

/** One year: what HSTS preload lists require; Mozilla's guideline uses two. */
export const HSTS_MIN_MAX_AGE = 31536000;

/** A TLS site without Strict-Transport-Security can be downgraded to HTTP on a first visit (RFC 6797 §14.6). */
export const nginxHstsMissing: ModelRule<NginxConfig> = {
  id: 'nginx/hsts-missing',
  language: 'nginx',
  defaultSeverity: 'info',
  source: 'RFC 6797 §6.1',
  fixable: true,
  check(config, report, env) {
    const line = `add_header Strict-Transport-Security "max-age=${MOZILLA_HSTS_MAX_AGE}" always;`;
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'http' || !server.tls) continue;
      const hsts = effectiveHeaders(server).find(isHsts);
      if (hsts) {
        const maxAge = hstsMaxAge(hsts);
        if (maxAge !== undefined && maxAge < HSTS_MIN_MAX_AGE) {
          report({ path: hsts.path, span: hsts.args[1]?.span ?? hsts.nameSpan, messageId: 'short', args: { maxAge, minimum: HSTS_MIN_MAX_AGE } });
        } else if (hsts.args.length === 2 && hsts.args[1]) {
          // Without `always` nginx adds the header to 2xx/3xx responses only.
          const end = hsts.args[1].span.end;
          const edit = replaceSpan(config, hsts.path, { start: end, end }, ' always');
          report({ path: hsts.path, span: hsts.nameSpan, messageId: 'no-always', fixes: [{ title: phrase('nginx.fix.hsts-always', {}, env.settings.locale), preferred: true, edits: [edit] }] });
        }
        continue;
      }
      const anchor = serverAnchor(server);
      if (!anchor) continue;
      const edit = server.block && insertInBlock(config, server.block, line);
      report({ ...anchor, fixes: edit ? [{ title: phrase('nginx.fix.hsts', { maxAge: MOZILLA_HSTS_MAX_AGE }, env.settings.locale), preferred: true, edits: [edit] }] : [] });
    }
  },
};
