import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { serversOf } from '../../nginx/tls-settings';

/** Which protocol each well-known mail port speaks (IANA service names; RFC 6186, RFC 8314). */
export const PROTOCOL_BY_PORT = new Map<number, string>([
  [25, 'smtp'], [465, 'smtp'], [587, 'smtp'], [143, 'imap'], [993, 'imap'], [110, 'pop3'], [995, 'pop3'],
]);

/** `protocol imap` on port 995 (and the like): clients of that port speak another protocol and fail. */
export const nginxMailProtocolPort: ModelRule<NginxConfig> = {
  id: 'nginx/mail-protocol-port',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 6186 §3; RFC 8314 §7',
  check(config, report, env) {
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (server.family !== 'mail') continue;
      const protocol = server.lookup('protocol');
      if (!protocol?.directive || protocol.inherited) continue;
      const declared = protocol.values[0];
      for (const listen of server.listens) {
        const expected = listen.port === undefined ? undefined : PROTOCOL_BY_PORT.get(listen.port);
        if (!expected || !declared || expected === declared) continue;
        report({ path: protocol.directive.path, span: protocol.directive.args[0]!.span, args: { protocol: declared, port: listen.port!, expected } });
      }
    }
  },
};
