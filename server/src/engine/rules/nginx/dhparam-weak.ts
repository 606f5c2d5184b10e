import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { directivesNamed } from '../../nginx/model';
import { readDhParamBits } from '../../nginx/certificates';

/**
 * Finite-field DH groups under 2048 bits are within reach of precomputation (Logjam; RFC 9325 §4.5), and
 * OpenSSL 3.0 at its default security level 2 rejects them: nginx fails with "dh key too small".
 */
export const nginxDhparamWeak: ModelRule<NginxConfig> = {
  id: 'nginx/dhparam-weak',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'RFC 9325 §4.5',
  check(config, report, env) {
    for (const directive of directivesNamed(config.main.directives, 'ssl_dhparam')) {
      if (directive.args.length !== 1) continue;
      const arg = directive.args[0]!;
      const bits = readDhParamBits(env.workspace.reader, arg.value, config.prefix);
      if (typeof bits !== 'number' || bits >= 2048) continue;
      report({ path: directive.path, span: arg.span, args: { bits } });
    }
  },
};
