import type { Zone, ZoneRecord } from '../../zone/model';
import { isNullMx, perZone, recordsByType } from './mail-records';
import { ZoneMemo } from '../../zone/zone-memo';

/** The MX records of the zone grouped by owner, in file order: the names that receive mail. */
export interface MxOwner {
  owner: string;
  records: ZoneRecord[];
  nullMx: ZoneRecord | undefined;
  /** The MX records that are not the null MX. */
  exchanges: ZoneRecord[];
}

const cache = new ZoneMemo<MxOwner[]>();

export function mxOwners(zone: Zone): readonly MxOwner[] {
  return perZone(cache, zone, () => {
    const byOwner = new Map<string, MxOwner>();
    const out: MxOwner[] = [];
    let last: MxOwner | undefined;
    for (const record of recordsByType(zone, 'MX')) {
      const owner = record.owner.fqdn;
      const isNull = isNullMx(record);
      // An owner's MX records usually follow each other: the previous entry spares a map lookup.
      let entry = last !== undefined && last.owner === owner ? last : byOwner.get(owner);
      last = entry;
      if (!entry) {
        // `exchanges` shares the `records` array until a null MX shows up (nearly every owner has none).
        const records = [record];
        entry = isNull ? { owner, records, nullMx: record, exchanges: [] } : { owner, records, nullMx: undefined, exchanges: records };
        byOwner.set(owner, entry);
        out.push(entry);
        last = entry;
        continue;
      }
      entry.records.push(record);
      if (isNull) {
        if (entry.exchanges === entry.records) entry.exchanges = entry.records.slice(0, -1);
        entry.nullMx ??= record;
      } else if (entry.exchanges !== entry.records) entry.exchanges.push(record);
    }
    // A list grown by push reserves 17 places; a large zone has hundreds of thousands of owners with two MX.
    for (const entry of out) {
      if (entry.records.length < 2) continue;
      const shared = entry.exchanges === entry.records;
      entry.records = entry.records.slice();
      entry.exchanges = shared ? entry.records : entry.exchanges.slice();
    }
    return out;
  });
}
