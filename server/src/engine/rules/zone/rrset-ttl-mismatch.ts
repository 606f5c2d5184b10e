import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ZoneRecord } from '../../zone/model';
import { perZone } from '../../mail/tags/mail-records';
import type { ZoneRule } from '../rule';
import { repeatedRrsets } from './rrsets';
import { ZoneMemo } from '../../zone/zone-memo';

export const rrsetTtlMismatch: ZoneRule = {
  id: 'zone/rrset-ttl-mismatch',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 2181 §5.2',
  fixable: true,
  check(zone, report, env) {
    for (const rrset of perZone(cache, zone, () => repeatedRrsets(zone).filter(hasMismatch))) {
      const first = rrset.find((record) => record.effectiveTtl !== undefined);
      if (!first) continue;
      const ttl = first.effectiveTtl!;
      for (const record of rrset) {
        if (record.effectiveTtl === undefined || record.effectiveTtl === ttl) continue;
        report({
          path: record.file.path,
          span: record.ttlSpan ?? record.typeSpan,
          args: { ttl: record.effectiveTtl, first: ttl, type: record.type, name: record.owner.fqdn },
          fixes: [useTtlFix(record, ttl, ruleMessage(rrsetTtlMismatch.id, 'fix-ttl', { ttl }, env.settings.locale))],
        });
      }
    }
  },
};

const cache = new ZoneMemo<ZoneRecord[][]>();

/** Sets whose records carry different TTLs (RRSIGs aside: each covers another type and carries that set's TTL). */
function hasMismatch(rrset: ZoneRecord[]): boolean {
  if (rrset[0]!.type === 'RRSIG') return false;
  const ttl = rrset.find((record) => record.effectiveTtl !== undefined)?.effectiveTtl;
  return ttl !== undefined && rrset.some((record) => record.effectiveTtl !== undefined && record.effectiveTtl !== ttl);
}

/** Writes the set's TTL on the record: the value servers already serve it with (BIND keeps the first). */
function useTtlFix(record: ZoneRecord, ttl: number, title: string): Fix {
  const file = record.file;
  const edit = record.ttlSpan
    ? { range: file.rangeOf(record.ttlSpan), newText: String(ttl) }
    : { range: file.rangeOf({ start: ttlInsertionPoint(record), end: ttlInsertionPoint(record) }), newText: `${ttl} ` };
  return { title, edits: [{ path: file.path, ...edit }], preferred: true };
}

/** A TTL goes before the class when one is written, else before the type. */
function ttlInsertionPoint(record: ZoneRecord): number {
  return record.classSpan && record.classSpan.start < record.typeSpan.start ? record.classSpan.start : record.typeSpan.start;
}
