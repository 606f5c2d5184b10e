import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { isForwardSecret } from '../../nginx/openssl/suites';
import { cipherTargets } from './cipher-target';

/** No suite of the TLS 1.2 list has (EC)DHE key exchange: a stolen key decrypts every recorded session (RFC 9325 §4.1). */
export const nginxNoForwardSecrecy: ModelRule<NginxConfig> = {
  id: 'nginx/no-forward-secrecy',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 9325 §4.1',
  fixable: true,
  check(config, report, env) {
    for (const target of cipherTargets(config, env)) {
      const supported = target.analysis.real.supported;
      if (supported.length === 0 || supported.some(isForwardSecret)) continue;
      report({ path: target.path, span: target.span, fixes: target.fixes });
    }
  },
};
