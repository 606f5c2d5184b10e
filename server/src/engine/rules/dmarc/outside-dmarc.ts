import type { ZoneRule } from '../rule';
import type { ZoneRecord } from '../../zone/model';
import { isDmarcOwner, itemsWhere, txtRecords } from '../../mail/tags/mail-records';

/**
 * Receivers look only at `_dmarc.<domain>` (RFC 9989 §4.8). A policy record anywhere else does nothing, except
 * the `<domain>._report._dmarc.<host>` records that authorise external report destinations.
 */
export const dmarcOutsideDmarc: ZoneRule = {
  id: 'dmarc/outside-dmarc',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 9989 §4.8',
  check(zone, report) {
    for (const record of itemsWhere(zone, txtRecords, isPolicyOutsideDmarc)) {
      const fqdn = record.owner.fqdn;
      report({ path: record.file.path, span: record.rdataSpan, args: { owner: fqdn, expected: '_dmarc.' + fqdn } });
    }
  },
};

/** A DMARC policy record by its value, at a name receivers never look up: a fact of the record alone. */
function isPolicyOutsideDmarc(record: ZoneRecord): boolean {
  if (!/^[ \t]*v[ \t]*=[ \t]*dmarc1/i.test(record.txt!.value.value)) return false;
  const fqdn = record.owner.fqdn;
  return !isDmarcOwner(fqdn) && !isReportAuthorization(fqdn);
}

function isReportAuthorization(fqdn: string): boolean {
  return `.${fqdn.toLowerCase()}.`.includes('._report._dmarc.');
}
