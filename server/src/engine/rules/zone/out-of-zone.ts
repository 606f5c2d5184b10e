import type { ZoneRule } from '../rule';
import type { Zone } from '../../zone/model';
import { atOrBelow, zoneApex } from './zone-apex';
import { ZoneMemo } from '../../zone/zone-memo';

export const outOfZone: ZoneRule = {
  id: 'zone/out-of-zone',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §4.2.1',
  check(zone, report) {
    const apex = zoneApex(zone);
    if (!apex) return;
    for (const name of outside(zone, apex)) {
      for (const record of zone.byOwner.get(name) ?? []) {
        report({ path: record.file.path, span: record.typeSpan, args: { name, origin: apex } });
      }
    }
  },
};

const cache = new ZoneMemo<{ apex: string; names: string[] }>();

/** The owners outside the apex; found once per zone. */
function outside(zone: Zone, apex: string): string[] {
  const cached = cache.get(zone);
  if (cached && cached.apex === apex) return cached.names;
  const inZone = atOrBelow(apex);
  const names: string[] = [];
  for (const name of zone.byOwner.keys()) if (!inZone(name)) names.push(name);
  cache.set(zone, { apex, names });
  return names;
}
