import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { serverAnchor, serversOf } from '../../nginx/tls-settings';
import { certificateTargets } from './certificate-target';

/**
 * A TLS server without `ssl_certificate` fails every handshake (nginx: "no ssl_certificate is defined");
 * a certificate file that cannot be read stops nginx at start.
 */
export const nginxCertificateMissing: ModelRule<NginxConfig> = {
  id: 'nginx/certificate-missing',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'nginx ngx_http_ssl_module',
  check(config, report, env) {
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (!server.tls || server.certificates.length > 0 || server.partial) continue;
      // A server that only passes the certificate choice to a variable or a default server elsewhere is not judged.
      if (server.family === 'stream' && !server.listens.some((l) => l.ssl)) continue;
      const anchor = serverAnchor(server);
      if (anchor) report({ ...anchor });
    }
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (!server.tls || server.certificates.length === 0 || server.lookup('ssl_certificate_key')) continue;
      const certificate = server.certificates[0]!;
      report({ path: certificate.path, span: certificate.nameSpan, messageId: 'no-key' });
    }
    for (const target of certificateTargets(config, env)) {
      if (target.read.state !== 'unreadable' && target.read.state !== 'invalid') continue;
      const arg = target.directive.args[0]!;
      report({ path: target.directive.path, span: arg.span, messageId: target.read.state, severity: 'warning', args: { path: arg.value } });
    }
  },
};
