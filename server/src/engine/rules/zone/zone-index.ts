import type { Zone, ZoneRecord } from '../../zone/model';
import { recordsByType } from '../../mail/tags/mail-records';
import { ZoneMemo } from '../../zone/zone-memo';

/**
 * Per-zone indexes the zone rules share, each built once per Zone object from the records of one type (grouped
 * once per zone), so a rule that runs on every edit pays a lookup instead of a walk over every record.
 */
const ownersCache = new ZoneMemo<Map<string, ReadonlySet<string>>>();

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
const hostCache = new ZoneMemo<readonly ZoneRecord[]>();

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

/** Types RFC 2181 §10.1 and RFC 4035 §2.5 let sit beside a CNAME: its own DNSSEC signatures and denial records. */
export const ALLOWED_BESIDE_CNAME: ReadonlySet<string> = new Set(['CNAME', 'RRSIG', 'NSEC', 'KEY']);

export interface CnameOwners {
  /** Names holding more than one CNAME record. */
  multiple: string[];
  /** Names holding a CNAME and a type that may not sit beside it. */
  crowded: string[];
}

const cnameCache = new ZoneMemo<CnameOwners>();

/** The CNAME owners the CNAME rules report on, found in one pass over them per zone. */
export function cnameOwners(zone: Zone): CnameOwners {
  let found = cnameCache.get(zone);
  if (!found) {
    found = { multiple: [], crowded: [] };
    for (const name of ownersOfType(zone, 'CNAME')) {
      const records = zone.byOwner.get(name) ?? [];
      if (records.length < 2) continue;
      let cnames = 0;
      let other = false;
      for (const record of records) {
        if (record.type === 'CNAME') cnames++;
        if (!ALLOWED_BESIDE_CNAME.has(record.type)) other = true;
      }
      if (cnames > 1) found.multiple.push(name);
      if (other) found.crowded.push(name);
    }
    cnameCache.set(zone, found);
  }
  return found;
}
