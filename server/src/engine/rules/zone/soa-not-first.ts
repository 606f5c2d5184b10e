import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

export const soaNotFirst: ZoneRule = {
  id: 'zone/soa-not-first',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1035 §5.2',
  check(zone, report) {
    const soa = firstSoa(zone);
    if (!soa || soa.index === 0) return;
    report({ path: soa.file.path, span: soa.typeSpan });
  },
};
