import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { cipherTargets } from './cipher-target';

/**
 * OpenSSL rejects the string (SSL_CTX_set_cipher_list: "no cipher match", or a bad command such as `@FOO`),
 * and nginx then refuses to start. Also fires when the security level leaves no usable TLS 1.2 suite.
 */
export const nginxCipherNoMatch: ModelRule<NginxConfig> = {
  id: 'nginx/cipher-no-match',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'OpenSSL 3.0 SSL_CTX_set_cipher_list(3)',
  fixable: true,
  check(config, report, env) {
    for (const target of cipherTargets(config, env, true)) {
      const real = target.analysis.real;
      if (real.ok && real.supported.length > 0) continue;
      const messageId = !real.ok ? real.error : 'security-level';
      // nginx sets the list even with TLS 1.3 alone, so only a working list fixes it.
      const fixes = target.fixes.filter((fix) => fix.preferred);
      report({ path: target.path, span: target.span, messageId, args: { level: real.securityLevel }, fixes });
    }
  },
};
