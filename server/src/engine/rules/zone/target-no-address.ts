import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import { perZone } from '../../mail/tags/mail-records';
import type { ZoneRule } from '../rule';
import { hostTarget } from './host-target';
import { repeatsOrigin } from './relative-name-mistake';
import { atOrBelow, parentName, recordsAt, zoneApex } from './zone-apex';
import { hostRecords, ownersOfType } from './zone-index';
import { ZoneMemo } from '../../zone/zone-memo';

const ADDRESS_TYPES = new Set(['A', 'AAAA']);

export const targetNoAddress: ZoneRule = {
  id: 'zone/target-no-address',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §3.3.9, §3.3.11; RFC 2782',
  check(zone, report) {
    for (const { record, host, missing } of perZone(cache, zone, () => findings(zone))) {
      report({
        path: record.file.path,
        span: host.span,
        messageId: missing ? 'missing' : undefined,
        args: { type: record.type, target: host.fqdn },
        // BIND refuses the zone for an NS without address but only warns for MX and SRV.
        severity: record.type === 'NS' ? undefined : 'warning',
      });
    }
  },
};

interface Finding {
  record: ZoneRecord;
  host: NameRef;
  /** No record at all at the target. */
  missing: boolean;
}

const cache = new ZoneMemo<Finding[]>();

/** The host targets without address, found once per zone. */
function findings(zone: Zone): Finding[] {
  const out: Finding[] = [];
  const apex = zoneApex(zone);
  if (!apex) return out;
  const inZone = atOrBelow(apex);
  // The apex's own NS records are no delegation (isDelegated stops at the apex).
  const cuts = ownersOfType(zone, 'NS');
  // Most targets are a few exchangers and name servers named by many records: each is looked up once.
  const answered = new Map<string, boolean>();
  for (const record of hostRecords(zone)) {
    const host = hostTarget(record);
    if (!host) continue;
    const target = host.fqdn;
    let hasAddress = answered.get(target);
    if (hasAddress === undefined) answered.set(target, (hasAddress = recordsAt(zone, target).some((r) => ADDRESS_TYPES.has(r.type) || r.type === 'CNAME')));
    if (hasAddress || target === '.' || !inZone(target) || looksLikeAddress(host.text)) continue;
    // For MX and SRV a name that repeats the origin is a missing dot, which zone/relative-name-mistake reports;
    // for NS it also makes BIND refuse the zone, so that error stays.
    if (record.type !== 'NS' && repeatsOrigin(host)) continue;
    const targetRecords = recordsAt(zone, target);
    const delegated = isDelegated(target, apex, cuts);
    // Below a delegation the addresses live in the child zone; only an NS needs them here, as glue.
    if (delegated && record.type !== 'NS') continue;
    if (!delegated && wildcardHasAddress(zone, target, apex)) continue;
    out.push({ record, host, missing: targetRecords.length === 0 });
  }
  return out;
}

/** An address written where a host name belongs: mx/target-is-address reports it, not a missing host. */
function looksLikeAddress(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}\.?$/.test(text) || text.includes(':');
}

/** True when `fqdn` is at or below one of the zone's delegations to a child zone. */
function isDelegated(fqdn: string, apex: string, cuts: ReadonlySet<string>): boolean {
  for (let name = fqdn; name !== apex && name !== '.'; name = parentName(name)) {
    if (cuts.has(name)) return true;
  }
  return false;
}

/** RFC 4592: a name with no records of its own is answered from `*.<closest existing ancestor>`. */
function wildcardHasAddress(zone: Zone, target: string, apex: string): boolean {
  for (let name = target; name !== apex && name !== '.'; ) {
    const parent = parentName(name);
    const wildcard = recordsAt(zone, parent === '.' ? '*.' : `*.${parent}`);
    if (wildcard.length > 0) return wildcard.some((r) => ADDRESS_TYPES.has(r.type));
    if (recordsAt(zone, parent).length > 0) return false;
    name = parent;
  }
  return false;
}
