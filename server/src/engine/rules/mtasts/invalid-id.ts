import type { ZoneRule } from '../rule';
import { MTA_STS, STS_ID } from '../../mail/mtasts/record';
import { findTag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';
import { versionedRecords } from '../../mail/tags/versioned';

/**
 * `id=` is required and is 1–32 letters and digits (RFC 8461 §3.1). Senders refetch the policy file only when
 * it changes, so a missing or unreadable id leaves them on a stale policy or none.
 */
export const mtastsInvalidId: ZoneRule = {
  id: 'mtasts/invalid-id',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.1',
  check(zone, report) {
    for (const { record, tags, valid } of versionedRecords(zone, MTA_STS)) {
      if (!valid) continue;
      const id = findTag(tags, 'id');
      if (!id) report({ path: record.file.path, span: record.rdataSpan, messageId: 'missing' });
      else if (!STS_ID.test(id.value)) reportAt(report, record, tags, id.valueStart, id.valueEnd, { args: { id: id.value } });
    }
  },
};
