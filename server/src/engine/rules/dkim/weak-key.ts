import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords } from '../../mail/dkim/record';
import { reportAt } from '../../mail/tags/report';

/** RFC 8301 §3.2: verifiers must reject RSA keys under 1024 bits; signers should use 2048 or more. */
export const dkimWeakKey: ZoneRule = {
  id: 'dkim/weak-key',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8301 §3.2',
  check(zone, report) {
    for (const { record, tags } of dkimRecords(zone)) {
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
