import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

/** An empty `p=` revokes the key (RFC 6376 §3.6.1): signatures with this selector fail. Often intended. */
export const dkimRevokedKey: ZoneRule = {
  id: 'dkim/revoked-key',
  language: 'zone',
  defaultSeverity: 'info',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, isRevoked)) {
      const reading = dkimKeyOf(tags);
      if (reading?.revoked) reportAt(report, record, tags, reading.tag.start, reading.tag.end);
    }
  },
};

function isRevoked({ tags }: DkimRecord): boolean {
  return dkimKeyOf(tags)?.revoked === true;
}
