import type { ZoneRule } from '../rule';
import { dkimRecords } from '../../mail/dkim/record';
import { reportTagListProblems } from '../../mail/tags/report';

export const dkimTagSyntax: ZoneRule = {
  id: 'dkim/tag-syntax',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.2',
  check(zone, report) {
    for (const { record, tags } of dkimRecords(zone)) reportTagListProblems(report, record, tags);
  },
};
