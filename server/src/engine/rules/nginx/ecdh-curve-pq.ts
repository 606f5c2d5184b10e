import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { directivesNamed } from '../../nginx/model';

/** Hybrid post-quantum groups OpenSSL added in 3.5; older OpenSSL (Debian 12: 3.0) does not know them. */
const POST_QUANTUM = /^(X25519MLKEM768|SecP256r1MLKEM768|SecP384r1MLKEM1024|MLKEM512|MLKEM768|MLKEM1024|X25519Kyber768Draft00|X448MLKEM1024)$/i;

/**
 * `ssl_ecdh_curve X25519MLKEM768:…` stops nginx at start on an OpenSSL without the group, unless the name is
 * prefixed with `?` (OpenSSL ≥ 3.5 then ignores unknown groups).
 */
export const nginxEcdhCurvePostQuantum: ModelRule<NginxConfig> = {
  id: 'nginx/ecdh-curve-pq',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'OpenSSL 3.5 SSL_CTX_set1_groups_list(3)',
  check(config, report) {
    for (const directive of directivesNamed(config.main.directives, 'ssl_ecdh_curve')) {
      if (directive.args.length !== 1) continue;
      const arg = directive.args[0]!;
      const offset = arg.quote ? 1 : 0;
      let position = 0;
      for (const group of arg.value.split(':')) {
        if (POST_QUANTUM.test(group)) {
          const start = arg.span.start + offset + position;
          report({ path: directive.path, span: { start, end: start + group.length }, args: { group } });
        }
        position += group.length + 1;
      }
    }
  },
};
