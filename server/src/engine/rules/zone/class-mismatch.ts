import { allRecordsOf } from '../../zone/neighbors';
import { ruleMessage } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import type { Zone, ZoneRecord } from '../../zone/model';
import { firstSoa } from './zone-apex';
import { ZoneMemo } from '../../zone/zone-memo';

export const classMismatch: ZoneRule = {
  id: 'zone/class-mismatch',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2',
  fixable: true,
  check(zone, report, env) {
    const zoneClass = (firstSoa(zone) ?? allRecordsOf(zone)[0])?.rrclass;
    if (!zoneClass) return;
    for (const record of otherClass(zone, zoneClass)) {
      const args = { rrclass: record.rrclass, zoneClass };
      const span = record.classSpan ?? record.typeSpan;
      // Only a written class can be rewritten; an inherited one comes from an earlier line.
      const fixes = record.classSpan
        ? [
            {
              title: ruleMessage(classMismatch.id, 'fix-class', args, env.settings.locale),
              edits: [{ path: record.file.path, range: record.file.rangeOf(record.classSpan), newText: zoneClass }],
            },
          ]
        : undefined;
      report({ path: record.file.path, span, args, fixes });
    }
  },
};

const cache = new ZoneMemo<{ zoneClass: string; records: ZoneRecord[] }>();

/** The records of another class than the zone's; found once per zone. */
function otherClass(zone: Zone, zoneClass: string): ZoneRecord[] {
  const cached = cache.get(zone);
  if (cached && cached.zoneClass === zoneClass) return cached.records;
  const records = zone.records.filter((record) => record.rrclass !== zoneClass);
  cache.set(zone, { zoneClass, records });
  return records;
}
