import { allRecordsOf } from '../../zone/neighbors';
import { ruleMessage } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

export const classMismatch: ZoneRule = {
  id: 'zone/class-mismatch',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2',
  fixable: true,
  check(zone, report, env) {
    const zoneClass = (firstSoa(zone) ?? allRecordsOf(zone)[0])?.rrclass;
    if (!zoneClass) return;
    for (const record of zone.records) {
      if (record.rrclass === zoneClass) continue;
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
