import type { ZoneRecord } from '../../zone/model';
import type { ZoneRule } from '../rule';

export const rrsetTtlMismatch: ZoneRule = {
  id: 'zone/rrset-ttl-mismatch',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 2181 §5.2',
  check(zone, report) {
    for (const [name, records] of zone.byOwner) {
      const firstOfSet = new Map<string, ZoneRecord>();
      for (const record of records) {
        // Each RRSIG covers another type and carries that set's TTL, so RRSIGs at one name differ legitimately.
        if (record.type === 'RRSIG' || record.effectiveTtl === undefined) continue;
        const key = `${record.rrclass} ${record.type}`;
        const first = firstOfSet.get(key);
        if (!first) {
          firstOfSet.set(key, record);
          continue;
        }
        if (record.effectiveTtl === first.effectiveTtl) continue;
        report({
          path: record.file.path,
          span: record.ttlSpan ?? record.typeSpan,
          args: { ttl: record.effectiveTtl, first: first.effectiveTtl!, type: record.type, name },
        });
      }
    }
  },
};
