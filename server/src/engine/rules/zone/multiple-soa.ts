import type { ZoneRule } from '../rule';
import { recordsByType } from '../../mail/tags/mail-records';
import { firstSoa, isBelow } from './zone-apex';

export const multipleSoa: ZoneRule = {
  id: 'zone/multiple-soa',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2, RFC 2181 §6.1',
  check(zone, report) {
    const first = firstSoa(zone);
    if (!first) return;
    const apex = first.owner.fqdn;
    for (const record of recordsByType(zone, 'SOA')) {
      if (record === first) continue;
      const name = record.owner.fqdn;
      const messageId = isBelow(name, apex) ? 'below-apex' : undefined;
      report({ path: record.file.path, span: record.typeSpan, messageId, args: { name, origin: apex } });
    }
  },
};
