import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { serversOf } from '../../nginx/tls-settings';

/** STARTTLS ports (RFC 6409 submission 587, IMAP 143, POP3 110) with `starttls off` (the default) carry passwords in clear. */
const STARTTLS_PORTS = new Set([587, 143, 110]);

export const nginxMailStarttlsOff: ModelRule<NginxConfig> = {
  id: 'nginx/mail-starttls-off',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 8314 §3; RFC 3207',
  check(config, report, env) {
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'mail') continue;
      const starttls = server.lookup('starttls');
      if (starttls && starttls.values[0] !== 'off') continue;
      for (const listen of server.listens) {
        if (listen.ssl || listen.port === undefined || !STARTTLS_PORTS.has(listen.port)) continue;
        const at = starttls?.directive && !starttls.inherited ? starttls.directive : listen.directive;
        const span = at === listen.directive ? listen.directive.args[0]!.span : at.args[0]?.span ?? at.nameSpan;
        report({ path: at.path, span, messageId: starttls?.directive ? undefined : 'implicit-off', args: { port: listen.port } });
      }
    }
  },
};
