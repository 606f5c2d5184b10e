import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { AUTH } from '../../nginx/openssl/suites';
import { analyzeCiphers } from '../../nginx/cipher-analysis';
import { certificateTargets } from './certificate-target';

/**
 * TLS 1.2 suites name the certificate's key type (ECDHE-ECDSA-… needs an ECDSA key, ECDHE-RSA-… an RSA key).
 * When none of the server's certificates fits any suite of the list, TLS 1.2 clients have nothing to use.
 */
export const nginxCertificateKeyType: ModelRule<NginxConfig> = {
  id: 'nginx/certificate-key-type',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'RFC 5246 §7.4.2; RFC 8422 §5.3',
  check(config, report, env) {
    const byServer = new Map<object, ReturnType<typeof certificateTargets>>();
    for (const target of certificateTargets(config, env)) byServer.set(target.server, [...(byServer.get(target.server) ?? []), target]);
    for (const [, targets] of byServer) {
      const server = targets[0]!.server;
      if (!server.protocols.values.includes('TLSv1.2')) continue;
      const readable = targets.filter((t) => t.read.state === 'ok');
      if (readable.length === 0 || readable.length !== targets.length) continue;
      const supported = analyzeCiphers(server.ciphers.values.join(' ')).real.supported;
      if (supported.length === 0) continue;
      const authFor = (keyType: string) => (keyType === 'rsa' || keyType === 'rsa-pss' ? AUTH.RSA : keyType === 'ec' ? AUTH.ECDSA : keyType === 'dsa' ? AUTH.DSS : 0);
      const keyTypes = readable.flatMap((t) => (t.read.state === 'ok' ? [t.read.info.keyType] : []));
      const usable = keyTypes.some((keyType) => supported.some((s) => (s.auth & authFor(keyType)) !== 0));
      if (usable) continue;
      const onlyTls13 = server.protocols.values.includes('TLSv1.3');
      for (const t of readable) {
        if (t.read.state !== 'ok') continue;
        const arg = t.directive.args[0]!;
        const wanted = supported.some((s) => s.auth & AUTH.ECDSA) ? 'ECDSA' : 'RSA';
        report({ path: t.directive.path, span: arg.span, severity: onlyTls13 ? 'warning' : 'error', args: { key: t.read.info.keyType.toUpperCase(), wanted } });
      }
    }
  },
};
