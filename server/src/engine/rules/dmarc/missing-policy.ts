import type { ZoneRule } from '../rule';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTagIgnoringCase } from '../../mail/tags/tag-list';

/**
 * RFC 9989 made `p=` optional: without it a record that names a report address counts as `p=none`. With
 * neither, the record does nothing; and receivers still on RFC 7489 (where `p=` was required) discard it.
 */
export const dmarcMissingPolicy: ZoneRule = {
  id: 'dmarc/missing-policy',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 9989 §4.7; RFC 7489 §6.3',
  check(zone, report) {
    for (const { record, tags, valid } of itemsWhere(zone, dmarcRecords, lacksPolicy)) {
      if (!valid || findTagIgnoringCase(tags, 'p')) continue;
      const rua = findTagIgnoringCase(tags, 'rua');
      report({ path: record.file.path, span: record.rdataSpan, messageId: rua && rua.value !== '' ? 'noPolicyWithReports' : 'default' });
    }
  },
};

function lacksPolicy({ tags, valid }: DmarcRecord): boolean {
  return valid && !findTagIgnoringCase(tags, 'p');
}
