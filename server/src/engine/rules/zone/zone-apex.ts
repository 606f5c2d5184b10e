import type { Zone, ZoneRecord } from '../../zone/model';

/** The zone's first SOA record, if any. */
export function firstSoa(zone: Zone): ZoneRecord | undefined {
  return zone.records.find((record) => record.type === 'SOA');
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
