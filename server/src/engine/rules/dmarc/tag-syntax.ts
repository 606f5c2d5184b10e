import type { ZoneRule } from '../rule';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportTagListProblems } from '../../mail/tags/report';

export const dmarcTagSyntax: ZoneRule = {
  id: 'dmarc/tag-syntax',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.7',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dmarcRecords, hasSyntaxProblems)) reportTagListProblems(report, record, tags);
  },
};

function hasSyntaxProblems({ tags }: DmarcRecord): boolean {
  return tags.problems.length > 0;
}
