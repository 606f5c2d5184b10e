import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { isCbc, MAC } from '../../nginx/openssl/suites';
import { cipherTargets, listNames } from './cipher-target';

/** CBC suites with HMAC-SHA1 are TLS 1.0-era (Lucky13, no AEAD); RFC 9325 §4.2 recommends AEAD suites only. */
export const nginxCbcSha1Ciphers: ModelRule<NginxConfig> = {
  id: 'nginx/cbc-sha1-ciphers',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 9325 §4.2',
  fixable: true,
  check(config, report, env) {
    for (const target of cipherTargets(config, env)) {
      const cbc = target.analysis.real.supported.filter((s) => isCbc(s) && s.mac === MAC.SHA1).map((s) => s.name);
      if (cbc.length === 0) continue;
      report({ path: target.path, span: target.span, messageId: target.isDefault ? 'nginx-default' : undefined, args: { suites: listNames(cbc), count: cbc.length }, fixes: target.fixes });
    }
  },
};
