import type { ZoneRule } from '../rule';
import { firstSoa, recordsAt } from './zone-apex';

export const noApexNs: ZoneRule = {
  id: 'zone/no-apex-ns',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2, RFC 1034 §4.2.1',
  check(zone, report) {
    const soa = firstSoa(zone);
    if (!soa) return;
    const apex = soa.owner.fqdn;
    if (recordsAt(zone, apex).some((record) => record.type === 'NS')) return;
    report({ path: soa.file.path, span: soa.typeSpan, args: { origin: apex } });
  },
};
