import type { ZoneRule } from '../rule';
import { dmarcRecords } from '../../mail/dmarc/record';
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
    for (const { record, tags, valid } of dmarcRecords(zone)) {
      const policy = findTagIgnoringCase(tags, 'p');
      if (!valid || !policy || policy.value.toLowerCase() !== 'none') continue;
      const rua = findTagIgnoringCase(tags, 'rua');
      if (rua && rua.value.trim() !== '') continue;
      reportAt(report, record, tags, policy.start, policy.end);
    }
  },
};
