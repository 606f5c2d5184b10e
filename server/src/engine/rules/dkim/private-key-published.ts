import type { ZoneRule } from '../rule';
import { dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

/**
 * The `p=` value decodes to a private key (PKCS#1 RSAPrivateKey or PKCS#8): whoever reads the DNS can sign
 * mail as the domain. It happens when the wrong file of a freshly made key pair is pasted.
 */
export const dkimPrivateKeyPublished: ZoneRule = {
  id: 'dkim/private-key-published',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1, §8.4',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasPrivateKey)) {
      const reading = dkimKeyOf(tags);
      if (reading?.key?.kind !== 'private') continue;
      reportAt(report, record, tags, reading.tag.valueStart, reading.tag.valueEnd, { args: { format: reading.key.format === 'pkcs8' ? 'PKCS#8' : 'PKCS#1' } });
    }
  },
};

function hasPrivateKey({ tags }: DkimRecord): boolean {
  return dkimKeyOf(tags)?.key?.kind === 'private';
}
