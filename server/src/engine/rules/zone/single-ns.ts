import type { ZoneRule } from '../rule';
import { firstSoa, recordsAt } from './zone-apex';

export const singleNs: ZoneRule = {
  id: 'zone/single-ns',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1034 §4.1, RFC 2182 §5',
  check(zone, report) {
    const soa = firstSoa(zone);
    if (!soa) return;
    const nsRecords = recordsAt(zone, soa.owner.fqdn).filter((record) => record.typed?.type === 'NS');
    const targets = new Set(nsRecords.map((record) => (record.typed?.type === 'NS' ? record.typed.target.fqdn : '')));
    if (targets.size !== 1) return;
    const only = nsRecords[0]!;
    report({ path: only.file.path, span: only.typeSpan, args: { target: [...targets][0]! } });
  },
};
