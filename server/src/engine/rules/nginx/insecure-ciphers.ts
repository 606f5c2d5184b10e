import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { isInsecure } from '../../nginx/openssl/suites';
import { cipherTargets, listNames } from './cipher-target';

/**
 * The cipher string asks for suites without encryption or authentication, or with RC4, (3)DES, IDEA, MD5 or
 * export-grade keys (RFC 7465, RFC 8429). Judged on what the string asks for, so `RC4` counts even though
 * OpenSSL 3.0 no longer builds it.
 */
export const nginxInsecureCiphers: ModelRule<NginxConfig> = {
  id: 'nginx/insecure-ciphers',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'RFC 7465; RFC 8429',
  fixable: true,
  check(config, report, env) {
    for (const target of cipherTargets(config, env)) {
      const weak = target.analysis.intent.suites.filter(isInsecure).map((s) => s.name);
      if (weak.length === 0) continue;
      report({ path: target.path, span: target.span, args: { suites: listNames(weak), count: weak.length }, fixes: target.fixes });
    }
  },
};
