import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone, ZoneRecord } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

/** RFC 7208 §3.4: keep the name plus the TXT records at it under 450 octets so the answer fits in UDP. */
export const SPF_SIZE_LIMIT = 450;

export const spfTooLong: ZoneRule = {
  id: 'spf/too-long',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §3.4',
  check(zone, report) {
    for (const { info, total, records } of oversized(zone)) {
      report({ ...locate(zone, info, info.parse.version), args: { size: total, limit: SPF_SIZE_LIMIT, records } });
    }
  },
};

interface Oversized {
  info: SpfRecordInfo;
  total: number;
  records: number;
}

const oversizedCache = new ZoneMemo<Oversized[]>();

/** The first SPF record of each name whose TXT answer passes the limit; found once per zone. */
function oversized(zone: Zone): Oversized[] {
  return perZone(oversizedCache, zone, () => {
    const out: Oversized[] = [];
    const done = new Set<string>();
    for (const info of spfRecords(zone)) {
      const owner = info.record.owner.fqdn;
      if (info.record.type !== 'TXT' || done.has(owner)) continue;
      done.add(owner);
      let data = 0;
      let records = 0;
      for (const r of zone.byOwner.get(owner) ?? []) {
        if (r.type !== 'TXT' || !r.txt) continue;
        data += txtDataOctets(r);
        records++;
      }
      const total = nameOctets(owner) + data;
      if (total > SPF_SIZE_LIMIT) out.push({ info, total, records });
    }
    return out;
  });
}

/** Octets of a TXT record's data: each string and its length octet. */
function txtDataOctets(record: ZoneRecord): number {
  let sum = 0;
  for (const string of record.txt!.strings) sum += 1 + string.octets;
  return sum;
}


/** Wire length of a name: a length octet per label plus its octets, and the root's zero octet. */
function nameOctets(fqdn: string): number {
  const labels = fqdn.split('.').filter((l) => l !== '');
  return labels.reduce((sum, label) => sum + 1 + label.length, 1);
}
