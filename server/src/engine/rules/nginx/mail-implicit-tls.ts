import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { replaceSpan } from '../../nginx/edits';
import { serversOf } from '../../nginx/tls-settings';

/** Ports for TLS from the first byte (RFC 8314 §3.3, §7.3): a client there sends its password into a plain socket. */
export const IMPLICIT_TLS_PORTS = new Set([465, 993, 995]);

export const nginxMailImplicitTls: ModelRule<NginxConfig> = {
  id: 'nginx/mail-implicit-tls',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'RFC 8314 §3.3',
  fixable: true,
  check(config, report, env) {
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'mail' || server.lookup('ssl')?.values[0] === 'on') continue;
      for (const listen of server.listens) {
        const address = listen.directive.args[0];
        if (!address || listen.ssl || listen.port === undefined || !IMPLICIT_TLS_PORTS.has(listen.port)) continue;
        const edit = replaceSpan(config, listen.directive.path, { start: address.span.end, end: address.span.end }, ' ssl');
        report({ path: listen.directive.path, span: address.span, args: { port: listen.port }, fixes: [{ title: phrase('nginx.fix.mail-ssl', {}, env.settings.locale), preferred: true, edits: [edit] }] });
      }
    }
  },
};
