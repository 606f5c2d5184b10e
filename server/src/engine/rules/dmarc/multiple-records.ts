import type { ZoneRule } from '../rule';
import { dmarcRecords } from '../../mail/dmarc/record';

/** With more than one `v=DMARC1` record at `_dmarc`, receivers apply no policy at all (RFC 9989 §4.8). */
export const dmarcMultipleRecords: ZoneRule = {
  id: 'dmarc/multiple-records',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.8',
  check(zone, report) {
    const counts = new Map<string, number>();
    const valid = [...dmarcRecords(zone)].filter((r) => r.valid);
    for (const { record } of valid) counts.set(record.owner.fqdn, (counts.get(record.owner.fqdn) ?? 0) + 1);
    for (const { record } of valid) {
      const count = counts.get(record.owner.fqdn)!;
      if (count > 1) report({ path: record.file.path, span: record.rdataSpan, args: { count, owner: record.owner.fqdn } });
    }
  },
};
