import type { ZoneRule } from '../rule';
import { dkimAlgorithm, dkimKeyOf, dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { reportAt } from '../../mail/tags/report';

/**
 * The base64 is valid but the key is not: not a DER public key, an algorithm other than the one `k=` names,
 * or an Ed25519 key that is not 32 bytes (RFC 8463 §4.2).
 */
export const dkimUndecodableKey: ZoneRule = {
  id: 'dkim/undecodable-key',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1, RFC 8463 §4.2',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasKeyProblem)) {
      const reading = dkimKeyOf(tags);
      const key = reading?.key;
      if (!reading || !key || key.kind === 'private') continue;
      const at = (messageId: string, args: Record<string, string | number> = {}) =>
        reportAt(report, record, tags, reading.tag.valueStart, reading.tag.valueEnd, { messageId, args });
      const algorithm = dkimAlgorithm(tags);
      if (key.kind === 'undecodable') at(key.reason === 'not-der' ? 'notDer' : 'unknownAlgorithm', { oid: key.oid ?? '' });
      else if ((algorithm === 'rsa' || algorithm === 'ed25519') && key.kind !== algorithm) at('algorithmMismatch', { declared: algorithm, actual: key.kind });
      else if (key.kind === 'ed25519' && key.bytes !== 32) at('ed25519Length', { bytes: key.bytes });
      else if (key.kind === 'ed25519' && key.format === 'spki') at('ed25519Wrapped');
    }
  },
};

/** Some problem of the decoded key (the branches below): a fact of the record alone. */
function hasKeyProblem({ tags }: DkimRecord): boolean {
  const key = dkimKeyOf(tags)?.key;
  if (!key || key.kind === 'private') return false;
  const algorithm = dkimAlgorithm(tags);
  if (key.kind === 'undecodable') return true;
  if ((algorithm === 'rsa' || algorithm === 'ed25519') && key.kind !== algorithm) return true;
  return key.kind === 'ed25519' && (key.bytes !== 32 || key.format === 'spki');
}
