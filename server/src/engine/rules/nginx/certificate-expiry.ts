import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { certificateTargets } from './certificate-target';

const DAY = 24 * 60 * 60 * 1000;
export const EXPIRY_WARNING_DAYS = 30;

/** An expired certificate fails every handshake; one that expires within 30 days needs renewing now. */
export const nginxCertificateExpiry: ModelRule<NginxConfig> = {
  id: 'nginx/certificate-expiry',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 5280 §4.1.2.5',
  check(config, report, env) {
    const now = env.settings.now.getTime();
    for (const target of certificateTargets(config, env)) {
      if (target.read.state !== 'ok') continue;
      const { notAfter, notBefore } = target.read.info;
      const arg = target.directive.args[0]!;
      const date = notAfter.toISOString().slice(0, 10);
      if (notAfter.getTime() < now) {
        report({ path: target.directive.path, span: arg.span, messageId: 'expired', severity: 'error', args: { date } });
      } else if (notAfter.getTime() - now < EXPIRY_WARNING_DAYS * DAY) {
        report({ path: target.directive.path, span: arg.span, messageId: 'expiring', args: { date, days: Math.floor((notAfter.getTime() - now) / DAY) } });
      } else if (notBefore.getTime() > now) {
        report({ path: target.directive.path, span: arg.span, messageId: 'not-yet-valid', severity: 'error', args: { date: notBefore.toISOString().slice(0, 10) } });
      }
    }
  },
};
