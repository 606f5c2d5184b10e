import type { ZoneRule } from '../rule';
import { dkimRecords } from '../../mail/dkim/record';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone, ZoneRecord } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

/** Two key records at one selector: which one a verifier uses is unspecified (RFC 6376 §3.6.2.2). */
export const dkimMultipleRecords: ZoneRule = {
  id: 'dkim/multiple-records',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 6376 §3.6.2.2',
  check(zone, report) {
    for (const { record, count } of perZone(cache, zone, () => repeated(zone))) {
      report({ path: record.file.path, span: record.rdataSpan, args: { count, owner: record.owner.fqdn } });
    }
  },
};

const cache = new ZoneMemo<Array<{ record: ZoneRecord; count: number }>>();

/** The key records at selectors with more than one; found once per zone. */
function repeated(zone: Zone): Array<{ record: ZoneRecord; count: number }> {
  const counts = new Map<string, number>();
  for (const { record } of dkimRecords(zone)) counts.set(record.owner.fqdn, (counts.get(record.owner.fqdn) ?? 0) + 1);
  const out: Array<{ record: ZoneRecord; count: number }> = [];
  if (counts.size === dkimRecords(zone).length) return out;
  for (const { record } of dkimRecords(zone)) {
    const count = counts.get(record.owner.fqdn)!;
    if (count >= 2) out.push({ record, count });
  }
  return out;
}
