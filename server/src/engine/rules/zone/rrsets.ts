import type { Zone, ZoneRecord } from '../../zone/model';

/**
 * The record sets (same owner, class and type) that hold more than one record, each in file order. Most owners
 * have one record per type, so a group is only split by type when a type repeats in it.
 */
export function* repeatedRrsets(zone: Zone): Generator<ZoneRecord[]> {
  for (const records of zone.byOwner.values()) {
    if (records.length < 2 || !hasRepeatedType(records)) continue;
    const sets = new Map<string, ZoneRecord[]>();
    for (const record of records) {
      const key = `${record.rrclass} ${record.type}`;
      const set = sets.get(key);
      if (set) set.push(record);
      else sets.set(key, [record]);
    }
    for (const set of sets.values()) if (set.length > 1) yield set;
  }
}

function hasRepeatedType(records: ZoneRecord[]): boolean {
  for (let i = 1; i < records.length; i++) {
    for (let j = 0; j < i; j++) {
      if (records[i]!.type === records[j]!.type && records[i]!.rrclass === records[j]!.rrclass) return true;
    }
  }
  return false;
}
