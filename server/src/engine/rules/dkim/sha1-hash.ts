import type { ZoneRule } from '../rule';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTag, splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/** RFC 8301 §3.1: rsa-sha1 must not be used for signing or verifying. `h=sha1` alone leaves no usable hash. */
export const dkimSha1Hash: ZoneRule = {
  id: 'dkim/sha1-hash',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8301 §3.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, allowsSha1)) {
      const tag = findTag(tags, 'h');
      if (!tag) continue;
      const hashes = splitTagValue(tag, ':');
      const sha1 = hashes.find((item) => item.text === 'sha1');
      if (!sha1) continue;
      const only = !hashes.some((item) => item.text === 'sha256');
      reportAt(report, record, tags, sha1.start, sha1.end, { messageId: only ? 'only' : 'default', severity: only ? 'error' : 'warning' });
    }
  },
};

function allowsSha1({ tags }: DkimRecord): boolean {
  const tag = findTag(tags, 'h');
  return tag !== undefined && splitTagValue(tag, ':').some((item) => item.text === 'sha1');
}
