import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

export const classMismatch: ZoneRule = {
  id: 'zone/class-mismatch',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2',
  check(zone, report) {
    const zoneClass = (firstSoa(zone) ?? zone.records[0])?.rrclass;
    if (!zoneClass) return;
    for (const record of zone.records) {
      if (record.rrclass === zoneClass) continue;
      report({ path: record.file.path, span: record.classSpan ?? record.typeSpan, args: { rrclass: record.rrclass, zoneClass } });
    }
  },
};
