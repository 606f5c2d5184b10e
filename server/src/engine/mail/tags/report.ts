import type { Report } from '../../rules/rule';
import type { ZoneRecord } from '../../zone/model';
import type { Finding } from '../../diagnostics';
import { spanOf, type TagList } from './tag-list';

/** Reports a finding at value positions [start, end) of a record's TXT value. */
export function reportAt(
  report: Report,
  record: ZoneRecord,
  tags: TagList,
  start: number,
  end: number,
  details: Pick<Finding, 'messageId' | 'args' | 'fixes' | 'severity' | 'tags'> = {},
): void {
  report({ path: record.file.path, span: spanOf(tags, start, end), ...details });
}

/** The tag-list syntax problems (RFC 6376 §3.2 grammar), with message ids named after their kind. */
export function reportTagListProblems(report: Report, record: ZoneRecord, tags: TagList): void {
  for (const problem of tags.problems) {
    reportAt(report, record, tags, problem.start, problem.end, { messageId: problem.kind, args: { name: problem.name ?? '' } });
  }
}
