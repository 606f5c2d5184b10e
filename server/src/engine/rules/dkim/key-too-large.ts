import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

const LARGEST_REQUIRED = 4096;

/** RFC 8301 §3.2 requires verifiers to handle RSA keys up to 4096 bits only; a larger key may not verify anywhere. */
export const dkimKeyTooLarge: ZoneRule = {
  id: 'dkim/key-too-large',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8301 §3.2',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasLargeKey)) {
      const reading = dkimKeyOf(tags);
      const key = reading?.key;
      if (!reading || key?.kind !== 'rsa' || key.bits <= LARGEST_REQUIRED) continue;
      reportAt(report, record, tags, reading.tag.valueStart, reading.tag.valueEnd, { args: { bits: key.bits, limit: LARGEST_REQUIRED } });
    }
  },
};

function hasLargeKey({ tags }: DkimRecord): boolean {
  const key = dkimKeyOf(tags)?.key;
  return key?.kind === 'rsa' && key.bits > LARGEST_REQUIRED;
}
