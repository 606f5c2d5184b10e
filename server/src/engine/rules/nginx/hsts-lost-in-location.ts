import type { ModelRule } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { childrenNamed } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { insertLineAfter } from '../../nginx/edits';
import { effectiveHeaders, isHsts } from '../../nginx/headers';
import { serversOf } from '../../nginx/tls-settings';

/**
 * `add_header` is inherited only by blocks that define none: a `location` that adds any header of its own
 * silently drops the server's Strict-Transport-Security header for its URLs.
 */
export const nginxHstsLostInLocation: ModelRule<NginxConfig> = {
  id: 'nginx/hsts-lost-in-location',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'nginx ngx_http_headers_module (add_header inheritance)',
  fixable: true,
  check(config, report, env) {
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'http' || !server.tls) continue;
      const hsts = effectiveHeaders(server).find(isHsts);
      if (!hsts) continue;
      const text = `add_header ${hsts.args.map((a) => a.raw).join(' ')};`;
      const visit = (locations: readonly NginxDirective[]) => {
        for (const location of locations) {
          const own = childrenNamed(location.block, 'add_header');
          if (own.length > 0 && !own.some(isHsts)) {
            const last = own[own.length - 1]!;
            const fix = { title: phrase('nginx.fix.hsts-location', {}, env.settings.locale), preferred: true, edits: [insertLineAfter(config, last, text)] };
            report({ path: own[0]!.path, span: own[0]!.nameSpan, args: { location: location.args.map((a) => a.value).join(' ') }, fixes: [fix] });
            continue;
          }
          if (own.length === 0) visit(childrenNamed(location.block, 'location'));
        }
      };
      visit(childrenNamed(server.body, 'location'));
    }
  },
};
