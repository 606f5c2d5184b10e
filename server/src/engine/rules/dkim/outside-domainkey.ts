import type { ZoneRule } from '../rule';
import { looksLikeDkim } from '../../mail/dkim/record';
import { dkimDomainOf, txtRecords } from '../../mail/tags/mail-records';

/** Verifiers look keys up at `<selector>._domainkey.<domain>` only (RFC 6376 §3.6.2.1); elsewhere a key is never found. */
export const dkimOutsideDomainkey: ZoneRule = {
  id: 'dkim/outside-domainkey',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 6376 §3.6.2.1',
  check(zone, report) {
    for (const record of txtRecords(zone)) {
      if (dkimDomainOf(record.owner.fqdn) !== undefined || !looksLikeDkim(record.txt!.value.value)) continue;
      report({ path: record.file.path, span: record.rdataSpan, args: { owner: record.owner.fqdn } });
    }
  },
};
