import type { ZoneRule } from '../rule';
import { looksLikeDkim } from '../../mail/dkim/record';
import type { ZoneRecord } from '../../zone/model';
import { dkimDomainOf, itemsWhere, txtRecords } from '../../mail/tags/mail-records';

/** Verifiers look keys up at `<selector>._domainkey.<domain>` only (RFC 6376 §3.6.2.1); elsewhere a key is never found. */
export const dkimOutsideDomainkey: ZoneRule = {
  id: 'dkim/outside-domainkey',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 6376 §3.6.2.1',
  check(zone, report) {
    for (const record of itemsWhere(zone, txtRecords, isKeyOutsideDomainkey)) {
      report({ path: record.file.path, span: record.rdataSpan, args: { owner: record.owner.fqdn } });
    }
  },
};

/** A DKIM key record by its value, at a name verifiers never look up: a fact of the record alone. */
function isKeyOutsideDomainkey(record: ZoneRecord): boolean {
  return dkimDomainOf(record.owner.fqdn) === undefined && looksLikeDkim(record.txt!.value.value);
}
