import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { isForwardSecret } from '../../nginx/openssl/suites';
import { cipherTargets, listNames } from './cipher-target';

/** Static RSA key exchange has no forward secrecy and is what ROBOT-style attacks target (RFC 9325 §4.1). */
export const nginxStaticRsaCiphers: ModelRule<NginxConfig> = {
  id: 'nginx/static-rsa-ciphers',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 9325 §4.1',
  fixable: true,
  check(config, report, env) {
    for (const target of cipherTargets(config, env)) {
      const supported = target.analysis.real.supported;
      const staticRsa = supported.filter((s) => !isForwardSecret(s)).map((s) => s.name);
      // When nothing is forward secret, nginx/no-forward-secrecy says it once.
      if (staticRsa.length === 0 || staticRsa.length === supported.length) continue;
      report({ path: target.path, span: target.span, messageId: target.isDefault ? 'nginx-default' : undefined, args: { suites: listNames(staticRsa), count: staticRsa.length }, fixes: target.fixes });
    }
  },
};
