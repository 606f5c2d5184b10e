import type { ZoneRule } from '../rule';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTag } from '../../mail/tags/tag-list';

/** `p=` is the one required tag of a key record (RFC 6376 §3.6.1). */
export const dkimMissingKey: ZoneRule = {
  id: 'dkim/missing-key',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, lacksKey)) {
      if (tags.tags.length > 0 && !findTag(tags, 'p')) report({ path: record.file.path, span: record.rdataSpan });
    }
  },
};

function lacksKey({ tags }: DkimRecord): boolean {
  return tags.tags.length > 0 && !findTag(tags, 'p');
}
