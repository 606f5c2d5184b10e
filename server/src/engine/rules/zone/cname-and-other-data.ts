import type { ZoneRule } from '../rule';
import { zoneApex } from './zone-apex';

/** Types RFC 4035 §2.5 / RFC 2181 §10.1 let sit beside a CNAME: its own DNSSEC signatures and denial records. */
const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC', 'KEY']);

export const cnameAndOtherData: ZoneRule = {
  id: 'zone/cname-and-other-data',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §3.6.2, RFC 2181 §10.1',
  check(zone, report) {
    const apex = zoneApex(zone);
    for (const [name, records] of zone.byOwner) {
      const cnames = records.filter((record) => record.type === 'CNAME');
      if (cnames.length === 0) continue;
      const otherTypes = [...new Set(records.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type)).map((r) => r.type))];
      if (otherTypes.length === 0) continue;
      const messageId = name === apex ? 'apex' : undefined;
      for (const cname of cnames) {
        report({ path: cname.file.path, span: cname.typeSpan, messageId, args: { name, types: otherTypes.join(', ') } });
      }
    }
  },
};
