import type { ZoneRule } from '../rule';
import { dkimRecords } from '../../mail/dkim/record';

/** Two key records at one selector: which one a verifier uses is unspecified (RFC 6376 §3.6.2.2). */
export const dkimMultipleRecords: ZoneRule = {
  id: 'dkim/multiple-records',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 6376 §3.6.2.2',
  check(zone, report) {
    const counts = new Map<string, number>();
    for (const { record } of dkimRecords(zone)) counts.set(record.owner.fqdn, (counts.get(record.owner.fqdn) ?? 0) + 1);
    for (const { record } of dkimRecords(zone)) {
      const count = counts.get(record.owner.fqdn)!;
      if (count < 2) continue;
      report({ path: record.file.path, span: record.rdataSpan, args: { count, owner: record.owner.fqdn } });
    }
  },
};
