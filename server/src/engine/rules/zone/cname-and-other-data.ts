import type { ZoneRule } from '../rule';
import { recordsAt, zoneApex } from './zone-apex';
import { ALLOWED_BESIDE_CNAME, cnameOwners } from './zone-index';


export const cnameAndOtherData: ZoneRule = {
  id: 'zone/cname-and-other-data',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §3.6.2, RFC 2181 §10.1',
  check(zone, report) {
    const apex = zoneApex(zone);
    for (const name of cnameOwners(zone).crowded) {
      const records = recordsAt(zone, name);
      const otherTypes = [...new Set(records.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type)).map((r) => r.type))];
      if (otherTypes.length === 0) continue;
      const messageId = name === apex ? 'apex' : undefined;
      for (const cname of records) {
        if (cname.type !== 'CNAME') continue;
        report({ path: cname.file.path, span: cname.typeSpan, messageId, args: { name, types: otherTypes.join(', ') } });
      }
    }
  },
};
