import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { MTA_STS } from '../../mail/mtasts/record';
import { TLS_RPT } from '../../mail/tlsrpt/record';
import { insertLineAfter, ownerText } from '../../mail/tags/edits';
import { inZone } from '../../mail/tags/mail-records';
import { versionedRecords } from '../../mail/tags/versioned';

/**
 * Under an enforced MTA-STS policy a sender that cannot reach a valid MX refuses the mail, and the domain
 * learns of it only through TLS-RPT reports (RFC 8460 §1). A domain that publishes MTA-STS here without a
 * `_smtp._tls` record is flying blind; the fix adds one with a report address to fill in.
 */
export const mtastsNoTlsReports: ZoneRule = {
  id: 'mtasts/no-tls-reports',
  language: 'zone',
  defaultSeverity: 'info',
  source: 'RFC 8460 §1, §3',
  fixable: true,
  check(zone, report, env) {
    const reporting = new Set(versionedRecords(zone, TLS_RPT).map((r) => r.domain));
    for (const { record, domain, valid } of versionedRecords(zone, MTA_STS)) {
      if (!valid || reporting.has(domain) || !inZone(zone, '_smtp._tls.' + domain)) continue;
      const line = `${ownerText('_smtp._tls.' + domain, zone.origin)} IN TXT "v=TLSRPTv1; rua=mailto:\${1:tls-reports@example.com}"`;
      const fix = { title: phrase('mtasts.fix.addTlsRpt', {}, env.settings.locale), edits: [insertLineAfter(record, line)], snippet: true };
      report({ path: record.file.path, span: record.rdataSpan, args: { domain, name: '_smtp._tls.' + domain }, fixes: [fix] });
    }
  },
};
