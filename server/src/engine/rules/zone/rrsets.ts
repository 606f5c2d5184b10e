import type { Zone, ZoneRecord } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

const cache = new ZoneMemo<readonly ZoneRecord[][]>();

/**
 * The record sets (same owner, class and type) that hold more than one record, each in file order, sets in order
 * of their first record at each owner. Found once per zone and shared (duplicates, TTL mismatches). Most owners
 * have one record per type, and the few records at an owner are grouped by comparing them, without keys.
 */
export function repeatedRrsets(zone: Zone): readonly ZoneRecord[][] {
  let sets = cache.get(zone);
  if (!sets) {
    const found: ZoneRecord[][] = [];
    for (const records of zone.byOwner.values()) {
      if (records.length < 2 || !hasRepeatedType(records)) continue;
      collectSets(records, found);
    }
    cache.set(zone, (sets = found));
  }
  return sets;
}

function collectSets(records: ZoneRecord[], out: ZoneRecord[][]): void {
  const taken = new Array<boolean>(records.length).fill(false);
  for (let i = 0; i < records.length; i++) {
    if (taken[i]) continue;
    const first = records[i]!;
    let set: ZoneRecord[] | undefined;
    for (let j = i + 1; j < records.length; j++) {
      const other = records[j]!;
      if (taken[j] || other.type !== first.type || other.rrclass !== first.rrclass) continue;
      taken[j] = true;
      (set ??= [first]).push(other);
    }
    if (set) out.push(set.slice()); // exactly its length: a list grown by push reserves 17 places
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
