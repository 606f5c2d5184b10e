import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

export const dkimInvalidBase64: ZoneRule = {
  id: 'dkim/invalid-base64',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasBase64Problem)) {
      const problem = dkimKeyOf(tags)?.base64;
      if (!problem) continue;
      const character = tags.text.value[problem.at] ?? '';
      reportAt(report, record, tags, problem.at, problem.at + 1, { messageId: problem.kind, args: { character } });
    }
  },
};

function hasBase64Problem({ tags }: DkimRecord): boolean {
  return dkimKeyOf(tags)?.base64 !== undefined;
}
