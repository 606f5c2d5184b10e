import type { RuleEnv } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { readCertificate, type CertificateRead } from '../../nginx/certificates';
import { serversOf, type TlsServer } from '../../nginx/tls-settings';

export interface CertificateTarget {
  server: TlsServer;
  directive: NginxDirective;
  read: CertificateRead;
}

/** Every (TLS server, ssl_certificate) pair with the certificate file read when it is readable. */
export function certificateTargets(config: NginxConfig, env: RuleEnv): CertificateTarget[] {
  const out: CertificateTarget[] = [];
  for (const server of serversOf(config, env.settings.nginxVersion)) {
    if (!server.tls) continue;
    for (const directive of server.certificates) {
      const value = directive.args[0]?.value;
      if (value === undefined) continue;
      out.push({ server, directive, read: readCertificate(env.workspace.reader, value, config.prefix) });
    }
  }
  return out;
}
