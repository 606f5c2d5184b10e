import type { ZoneRule } from '../rule';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/** `v=` is optional, but when present it must be the first tag (RFC 6376 §3.6.1). */
export const dkimVersionNotFirst: ZoneRule = {
  id: 'dkim/version-not-first',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, versionLater)) {
      const version = findTag(tags, 'v');
      if (version && version.index > 0) reportAt(report, record, tags, version.start, version.end);
    }
  },
};

function versionLater({ tags }: DkimRecord): boolean {
  const version = findTag(tags, 'v');
  return version !== undefined && version.index > 0;
}
