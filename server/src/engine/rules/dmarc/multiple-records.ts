import type { ZoneRule } from '../rule';
import { dmarcRecords } from '../../mail/dmarc/record';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone, ZoneRecord } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

/** With more than one `v=DMARC1` record at `_dmarc`, receivers apply no policy at all (RFC 9989 §4.8). */
export const dmarcMultipleRecords: ZoneRule = {
  id: 'dmarc/multiple-records',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.8',
  check(zone, report) {
    for (const { record, count } of perZone(cache, zone, () => repeated(zone))) {
      report({ path: record.file.path, span: record.rdataSpan, args: { count, owner: record.owner.fqdn } });
    }
  },
};

const cache = new ZoneMemo<Array<{ record: ZoneRecord; count: number }>>();

/** The valid records at names with more than one; found once per zone. */
function repeated(zone: Zone): Array<{ record: ZoneRecord; count: number }> {
  const counts = new Map<string, number>();
  const valid = dmarcRecords(zone).filter((r) => r.valid);
  for (const { record } of valid) counts.set(record.owner.fqdn, (counts.get(record.owner.fqdn) ?? 0) + 1);
  const out: Array<{ record: ZoneRecord; count: number }> = [];
  if (counts.size === valid.length) return out;
  for (const { record } of valid) {
    const count = counts.get(record.owner.fqdn)!;
    if (count > 1) out.push({ record, count });
  }
  return out;
}
