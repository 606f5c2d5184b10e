import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { certificateTargets } from './certificate-target';

/** Let's Encrypt ended its OCSP service in 2025: its certificates have no responder, stapling only logs errors. */
export const nginxStaplingLetsEncrypt: ModelRule<NginxConfig> = {
  id: 'nginx/stapling-letsencrypt',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: "Let's Encrypt: Ending OCSP Support in 2025",
  check(config, report, env) {
    const seen = new Set<unknown>();
    for (const target of certificateTargets(config, env)) {
      if (target.read.state !== 'ok' || !target.read.info.letsEncrypt) continue;
      const stapling = target.server.lookup('ssl_stapling');
      if (!stapling?.directive || stapling.values[0] !== 'on' || seen.has(stapling.directive)) continue;
      seen.add(stapling.directive);
      report({ path: stapling.directive.path, span: stapling.directive.args[0]!.span });
    }
  },
};
