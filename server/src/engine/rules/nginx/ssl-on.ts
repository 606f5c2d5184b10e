import type { Fix, TextEdit } from '../../diagnostics';
import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { deleteDirectiveLine, replaceSpan } from '../../nginx/edits';
import { compareVersions, serversOf } from '../../nginx/tls-settings';

/** `ssl on;` is obsolete since nginx 1.15.0 and removed in 1.25.1: the `ssl` parameter of `listen` replaces it. */
export const nginxSslOn: ModelRule<NginxConfig> = {
  id: 'nginx/ssl-on',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'nginx CHANGES 1.15.0, 1.25.1',
  fixable: true,
  check(config, report, env) {
    const removed = compareVersions(env.settings.nginxVersion, '1.25.1') >= 0;
    const seen = new Set<unknown>();
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      const setting = server.lookup('ssl');
      const directive = setting?.directive;
      if (!directive || seen.has(directive) || server.family === 'stream') continue;
      seen.add(directive);
      const value = directive.args[0]?.value;
      if (value !== 'on' && value !== 'off') continue;
      const edits: TextEdit[] = [deleteDirectiveLine(config, directive)];
      if (value === 'on' && !setting.inherited) {
        for (const listen of server.listens) {
          if (listen.ssl || !listen.directive.args[0]) continue;
          const address = listen.directive.args[0];
          edits.push(replaceSpan(config, listen.directive.path, { start: address.span.end, end: address.span.end }, ' ssl'));
        }
      }
      const fixes: Fix[] = setting.inherited && value === 'on' ? [] : [{ title: phrase('nginx.fix.ssl-on', {}, env.settings.locale), preferred: true, edits }];
      report({
        path: directive.path,
        span: { start: directive.nameSpan.start, end: directive.span.end },
        messageId: removed ? 'removed' : undefined,
        severity: removed ? 'error' : 'warning',
        args: { version: env.settings.nginxVersion },
        fixes,
        tags: ['deprecated'],
      });
    }
  },
};
