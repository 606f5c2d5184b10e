import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { childrenNamed } from '../../nginx/model';
import { nameCovers } from '../../nginx/certificates';
import { certificateTargets } from './certificate-target';

/** A `server_name` the certificate does not name: browsers reject the connection (RFC 6125 §6). */
export const nginxCertificateName: ModelRule<NginxConfig> = {
  id: 'nginx/certificate-name',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 6125 §6.4',
  check(config, report, env) {
    for (const target of certificateTargets(config, env)) {
      if (target.read.state !== 'ok' || target.server.family !== 'http') continue;
      const certNames = target.read.info.names;
      for (const directive of childrenNamed(target.server.body, 'server_name')) {
        for (const arg of directive.args) {
          const host = arg.value;
          // Regular expressions, catch-alls and wildcards in server_name are not host names to check.
          if (host === '' || host === '_' || host.startsWith('~') || host.includes('*') || host.startsWith('.') || host.includes('$') || host === 'localhost') continue;
          // An address is matched against IP subjectAltNames, which this check does not read.
          if (/^[\d.]+$|:/.test(host)) continue;
          if (certNames.some((name) => nameCovers(name, host))) continue;
          report({ path: directive.path, span: arg.span, args: { host, names: certNames.join(', ') || '-' } });
        }
      }
    }
  },
};
