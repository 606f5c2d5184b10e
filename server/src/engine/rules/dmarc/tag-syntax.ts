import type { ZoneRule } from '../rule';
import { dmarcRecords } from '../../mail/dmarc/record';
import { reportTagListProblems } from '../../mail/tags/report';

export const dmarcTagSyntax: ZoneRule = {
  id: 'dmarc/tag-syntax',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.7',
  check(zone, report) {
    for (const { record, tags } of dmarcRecords(zone)) reportTagListProblems(report, record, tags);
  },
};
