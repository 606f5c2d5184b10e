import type { ZoneRule } from '../rule';
import { recordsAt } from './zone-apex';
import { cnameOwners } from './zone-index';

export const multipleCname: ZoneRule = {
  id: 'zone/multiple-cname',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 2181 §10.1',
  check(zone, report) {
    for (const name of cnameOwners(zone).multiple) {
      let firstTarget: string | undefined;
      for (const record of recordsAt(zone, name)) {
        if (record.typed?.type !== 'CNAME') continue;
        const target = record.typed.target.fqdn;
        if (firstTarget === undefined) firstTarget = target;
        // An identical second CNAME is a plain duplicate, which zone/duplicate-record reports.
        else if (target !== firstTarget) report({ path: record.file.path, span: record.typeSpan, args: { name } });
      }
    }
  },
};
