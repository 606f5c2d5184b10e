import type { ZoneRule } from '../rule';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportTagListProblems } from '../../mail/tags/report';

export const dkimTagSyntax: ZoneRule = {
  id: 'dkim/tag-syntax',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.2',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasSyntaxProblems)) reportTagListProblems(report, record, tags);
  },
};

function hasSyntaxProblems({ tags }: DkimRecord): boolean {
  return tags.problems.length > 0;
}
