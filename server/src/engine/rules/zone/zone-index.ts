import type { Zone, ZoneRecord } from '../../zone/model';
import { recordsByType } from '../../mail/tags/mail-records';

/**
 * Per-zone indexes the zone rules share, each built once per Zone object from the records of one type (grouped
 * once per zone), so a rule that runs on every edit pays a lookup instead of a walk over every record.
 */
const ownersCache = new WeakMap<Zone, Map<string, ReadonlySet<string>>>();

/** Owners holding at least one record of `type`. */
export function ownersOfType(zone: Zone, type: string): ReadonlySet<string> {
  let byType = ownersCache.get(zone);
  if (!byType) ownersCache.set(zone, (byType = new Map()));
  let owners = byType.get(type);
  if (!owners) {
    const names = new Set<string>();
    for (const record of recordsByType(zone, type)) names.add(record.owner.fqdn);
    byType.set(type, (owners = names));
  }
  return owners;
}

const HOST_TYPES = ['NS', 'MX', 'SRV'];
const hostCache = new WeakMap<Zone, readonly ZoneRecord[]>();

/** The NS, MX and SRV records (those that name a host), type by type: findings are sorted by position later. */
export function hostRecords(zone: Zone): readonly ZoneRecord[] {
  let list = hostCache.get(zone);
  if (!list) {
    const groups = HOST_TYPES.map((type) => recordsByType(zone, type)).filter((group) => group.length > 0);
    list = groups.length === 1 ? groups[0]! : groups.flat();
    hostCache.set(zone, list);
  }
  return list;
}
