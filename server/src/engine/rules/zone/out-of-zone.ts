import type { ZoneRule } from '../rule';
import { isAtOrBelow, zoneApex } from './zone-apex';

export const outOfZone: ZoneRule = {
  id: 'zone/out-of-zone',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §4.2.1',
  check(zone, report) {
    const apex = zoneApex(zone);
    if (!apex) return;
    for (const record of zone.records) {
      if (isAtOrBelow(record.owner.fqdn, apex)) continue;
      report({ path: record.file.path, span: record.typeSpan, args: { name: record.owner.fqdn, origin: apex } });
    }
  },
};
