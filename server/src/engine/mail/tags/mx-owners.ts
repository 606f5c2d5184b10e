import type { Zone, ZoneRecord } from '../../zone/model';
import { isNullMx, perZone, recordsByType } from './mail-records';

/** The MX records of the zone grouped by owner, in file order: the names that receive mail. */
export interface MxOwner {
  owner: string;
  records: ZoneRecord[];
  nullMx: ZoneRecord | undefined;
  /** The MX records that are not the null MX. */
  exchanges: ZoneRecord[];
}

const cache = new WeakMap<Zone, MxOwner[]>();

export function mxOwners(zone: Zone): readonly MxOwner[] {
  return perZone(cache, zone, () => {
    const byOwner = new Map<string, MxOwner>();
    for (const record of recordsByType(zone, 'MX')) {
      const owner = record.owner.fqdn;
      let entry = byOwner.get(owner);
      if (!entry) byOwner.set(owner, (entry = { owner, records: [], nullMx: undefined, exchanges: [] }));
      entry.records.push(record);
      if (isNullMx(record)) entry.nullMx ??= record;
      else entry.exchanges.push(record);
    }
    return [...byOwner.values()];
  });
}
