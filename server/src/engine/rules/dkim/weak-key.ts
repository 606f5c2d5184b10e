import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

/** RFC 8301 §3.2: verifiers must reject RSA keys under 1024 bits; signers should use 2048 or more. */
export const dkimWeakKey: ZoneRule = {
  id: 'dkim/weak-key',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8301 §3.2',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasWeakKey)) {
      const reading = dkimKeyOf(tags);
      const key = reading?.key;
      if (!reading || key?.kind !== 'rsa' || key.bits >= 2048) continue;
      const rejected = key.bits < 1024;
      reportAt(report, record, tags, reading.tag.valueStart, reading.tag.valueEnd, {
        messageId: rejected ? 'rejected' : 'default',
        args: { bits: key.bits },
        severity: rejected ? 'error' : 'warning',
      });
    }
  },
};

function hasWeakKey({ tags }: DkimRecord): boolean {
  const key = dkimKeyOf(tags)?.key;
  return key?.kind === 'rsa' && key.bits < 2048;
}
