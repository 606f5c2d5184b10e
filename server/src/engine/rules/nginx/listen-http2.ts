import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { insertLineAfter, replaceSpan } from '../../nginx/edits';
import { compareVersions, serversOf } from '../../nginx/tls-settings';

/** The `http2` parameter of `listen` is deprecated since nginx 1.25.1 in favour of the `http2 on;` directive. */
export const nginxListenHttp2: ModelRule<NginxConfig> = {
  id: 'nginx/listen-http2',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'nginx CHANGES 1.25.1',
  fixable: true,
  check(config, report, env) {
    if (compareVersions(env.settings.nginxVersion, '1.25.1') < 0) return;
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'http') continue;
      const hasDirective = server.lookup('http2') !== undefined;
      let offered = false;
      for (const listen of server.listens) {
        const arg = listen.directive.args.find((a, i) => i > 0 && a.value === 'http2');
        if (!arg) continue;
        const edits = [replaceSpan(config, listen.directive.path, { start: arg.span.start - 1, end: arg.span.end }, '')];
        if (!hasDirective && !offered) edits.push(insertLineAfter(config, listen.directive, 'http2 on;'));
        offered = true;
        report({ path: listen.directive.path, span: arg.span, tags: ['deprecated'], fixes: [{ title: phrase('nginx.fix.http2', {}, env.settings.locale), preferred: true, edits }] });
      }
    }
  },
};
