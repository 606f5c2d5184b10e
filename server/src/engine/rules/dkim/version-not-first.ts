import type { ZoneRule } from '../rule';
import { dkimRecords } from '../../mail/dkim/record';
import { findTag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/** `v=` is optional, but when present it must be the first tag (RFC 6376 §3.6.1). */
export const dkimVersionNotFirst: ZoneRule = {
  id: 'dkim/version-not-first',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of dkimRecords(zone)) {
      const version = findTag(tags, 'v');
      if (version && version.index > 0) reportAt(report, record, tags, version.start, version.end);
    }
  },
};
