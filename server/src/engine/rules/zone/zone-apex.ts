import { allRecordsOf } from '../../zone/neighbors';
import type { Zone, ZoneRecord } from '../../zone/model';

/** The zone's first SOA record, if any. */
export function firstSoa(zone: Zone): ZoneRecord | undefined {
  return allRecordsOf(zone).find((record) => record.type === 'SOA');
}

/**
 * The apex the zone's records should sit under: the owner of the SOA, else an origin the user gave
 * ($ORIGIN or an option). Undefined when it is only guessed, so apex-relative checks stay quiet.
 */
export function zoneApex(zone: Zone): string | undefined {
  const soa = firstSoa(zone);
  if (soa) return soa.owner.fqdn;
  return zone.originKnown ? zone.origin : undefined;
}

/** A test for "`fqdn` is `apex` or below it" (absolute, lower-case names), built once per zone. */
export function atOrBelow(apex: string): (fqdn: string) => boolean {
  if (apex === '.') return () => true;
  const suffix = '.' + apex;
  return (fqdn) => fqdn === apex || fqdn.endsWith(suffix);
}

/** True when `fqdn` is `apex` or a name below it. Both absolute and lower-cased. */
export function isAtOrBelow(fqdn: string, apex: string): boolean {
  return apex === '.' || fqdn === apex || fqdn.endsWith('.' + apex);
}

/** True when `fqdn` is strictly below `apex`. */
export function isBelow(fqdn: string, apex: string): boolean {
  return fqdn !== apex && isAtOrBelow(fqdn, apex);
}

/** The records at `fqdn`, in file order. */
export function recordsAt(zone: Zone, fqdn: string): ZoneRecord[] {
  return zone.byOwner.get(fqdn) ?? [];
}

/** The parent of an absolute name ('.' for a top-level name); escaped dots are not told apart. */
export function parentName(fqdn: string): string {
  const dot = fqdn.indexOf('.');
  return dot < 0 || dot === fqdn.length - 1 ? '.' : fqdn.slice(dot + 1);
}

/** Owners holding at least one record of `type`, found in one pass over the records. */
export function ownersWithType(zone: Zone, type: string): Set<string> {
  const owners = new Set<string>();
  for (const record of zone.records) if (record.type === type) owners.add(record.owner.fqdn);
  return owners;
}
