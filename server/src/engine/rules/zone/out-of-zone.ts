import type { ZoneRule } from '../rule';
import { atOrBelow, zoneApex } from './zone-apex';

export const outOfZone: ZoneRule = {
  id: 'zone/out-of-zone',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §4.2.1',
  check(zone, report) {
    const apex = zoneApex(zone);
    if (!apex) return;
    const inZone = atOrBelow(apex);
    for (const [name, records] of zone.byOwner) {
      if (inZone(name)) continue;
      for (const record of records) {
        report({ path: record.file.path, span: record.typeSpan, args: { name, origin: apex } });
      }
    }
  },
};
