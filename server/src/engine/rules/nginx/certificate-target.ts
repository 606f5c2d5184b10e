import type { RuleEnv } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { readCertificate, type CertificateRead } from '../../nginx/certificates';
import { serversOf, type TlsServer } from '../../nginx/tls-settings';

export interface CertificateTarget {
  server: TlsServer;
  directive: NginxDirective;
  read: CertificateRead;
}

const cache = new WeakMap<NginxConfig, { env: RuleEnv; targets: CertificateTarget[] }>();

/** Every (TLS server, ssl_certificate) pair with the certificate file read (once per file) when it is readable. */
export function certificateTargets(config: NginxConfig, env: RuleEnv): CertificateTarget[] {
  const cached = cache.get(config);
  if (cached && cached.env === env) return cached.targets;
  const reads = new Map<string, CertificateRead>();
  const targets: CertificateTarget[] = [];
  for (const server of serversOf(config, env.settings.nginxVersion)) {
    if (!server.tls) continue;
    for (const directive of server.certificates) {
      const value = directive.args[0]?.value;
      if (value === undefined) continue;
      let read = reads.get(value);
      if (!read) reads.set(value, (read = readCertificate(env.workspace.reader, value, config.prefix)));
      targets.push({ server, directive, read });
    }
  }
  cache.set(config, { env, targets });
  return targets;
}
