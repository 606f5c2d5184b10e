import type { Zone } from '../../zone/model';
import type { ZoneRule } from '../rule';
import { hostTarget } from './host-target';
import { isAtOrBelow, isBelow, recordsAt, zoneApex } from './zone-apex';

const ADDRESS_TYPES = new Set(['A', 'AAAA']);

export const targetNoAddress: ZoneRule = {
  id: 'zone/target-no-address',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §3.3.9, §3.3.11; RFC 2782',
  check(zone, report) {
    const apex = zoneApex(zone);
    if (!apex) return;
    const cuts = delegationPoints(zone, apex);
    for (const record of zone.records) {
      const host = hostTarget(record);
      if (!host) continue;
      const target = host.target.fqdn;
      if (target === '.' || !isAtOrBelow(target, apex)) continue;
      const targetRecords = recordsAt(zone, target);
      if (targetRecords.some((r) => ADDRESS_TYPES.has(r.type) || r.type === 'CNAME')) continue;
      const cut = cuts.find((c) => isAtOrBelow(target, c));
      // Below a delegation the addresses live in the child zone; only an NS needs them here, as glue.
      if (cut && host.type !== 'NS') continue;
      if (!cut && wildcardHasAddress(zone, target, apex)) continue;
      report({
        path: record.file.path,
        span: host.target.span,
        messageId: targetRecords.length === 0 ? 'missing' : undefined,
        args: { type: host.type, target },
        // BIND refuses the zone for an NS without address but only warns for MX and SRV.
        severity: host.type === 'NS' ? undefined : 'warning',
      });
    }
  },
};

/** Names below the apex that carry NS records: the zone's delegations to child zones. */
function delegationPoints(zone: Zone, apex: string): string[] {
  const cuts: string[] = [];
  for (const [name, records] of zone.byOwner) {
    if (isBelow(name, apex) && records.some((r) => r.type === 'NS')) cuts.push(name);
  }
  return cuts;
}

/** RFC 4592: a name with no records of its own is answered from `*.<closest existing ancestor>`. */
function wildcardHasAddress(zone: Zone, target: string, apex: string): boolean {
  let name = target;
  while (name !== apex && name !== '.') {
    const parent = name.slice(name.indexOf('.') + 1) || '.';
    const wildcard = recordsAt(zone, parent === '.' ? '*.' : `*.${parent}`);
    if (wildcard.length > 0) return wildcard.some((r) => ADDRESS_TYPES.has(r.type));
    if (recordsAt(zone, parent).length > 0) return false;
    name = parent;
  }
  return false;
}
