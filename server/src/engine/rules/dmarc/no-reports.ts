import type { ZoneRule } from '../rule';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTagIgnoringCase } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/**
 * `p=none` asks receivers to do nothing and exists to collect aggregate reports (RFC 9989 §5.2). Without a
 * `rua=` address nobody receives them, so the record neither protects nor informs.
 */
export const dmarcNoReports: ZoneRule = {
  id: 'dmarc/no-reports',
  language: 'zone',
  defaultSeverity: 'info',
  source: 'RFC 9989 §5.2',
  check(zone, report) {
    for (const { record, tags, valid } of itemsWhere(zone, dmarcRecords, monitorsWithoutReports)) {
      const policy = findTagIgnoringCase(tags, 'p');
      if (!valid || !policy || policy.value.toLowerCase() !== 'none') continue;
      const rua = findTagIgnoringCase(tags, 'rua');
      if (rua && rua.value.trim() !== '') continue;
      reportAt(report, record, tags, policy.start, policy.end);
    }
  },
};

/** `p=none` without a report address: a fact of the record alone. */
function monitorsWithoutReports({ tags, valid }: DmarcRecord): boolean {
  const policy = findTagIgnoringCase(tags, 'p');
  if (!valid || !policy || policy.value.toLowerCase() !== 'none') return false;
  const rua = findTagIgnoringCase(tags, 'rua');
  return !(rua && rua.value.trim() !== '');
}
