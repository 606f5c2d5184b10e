import type { ZoneRule } from '../rule';
import { repeatedRrsets } from './rrsets';

export const rrsetTtlMismatch: ZoneRule = {
  id: 'zone/rrset-ttl-mismatch',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 2181 §5.2',
  check(zone, report) {
    for (const rrset of repeatedRrsets(zone)) {
      // Each RRSIG covers another type and carries that set's TTL, so RRSIGs at one name differ legitimately.
      if (rrset[0]!.type === 'RRSIG') continue;
      const first = rrset.find((record) => record.effectiveTtl !== undefined);
      if (!first) continue;
      for (const record of rrset) {
        if (record.effectiveTtl === undefined || record.effectiveTtl === first.effectiveTtl) continue;
        report({
          path: record.file.path,
          span: record.ttlSpan ?? record.typeSpan,
          args: { ttl: record.effectiveTtl, first: first.effectiveTtl!, type: record.type, name: record.owner.fqdn },
        });
      }
    }
  },
};
