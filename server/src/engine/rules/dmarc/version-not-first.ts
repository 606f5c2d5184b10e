import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { versionProblem } from '../../mail/tags/rewrite';
import { reportAt } from '../../mail/tags/report';

/**
 * Receivers use a record only when it starts with exactly `v=DMARC1` (RFC 9989 §4.7): a later, differently
 * cased or forgotten version tag makes the record invisible.
 */
export const dmarcVersionNotFirst: ZoneRule = {
  id: 'dmarc/version-not-first',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.7',
  fixable: true,
  check(zone, report, env) {
    for (const { record, tags, valid } of itemsWhere(zone, dmarcRecords, isInvalid)) {
      if (valid) continue;
      const version = tags.tags.find((tag) => tag.name.toLowerCase() === 'v');
      const title = phrase('dmarc.fix.versionFirst', {}, env.settings.locale);
      const { messageId, fix } = versionProblem(record, tags, version, 'DMARC1', title);
      if (!version) report({ path: record.file.path, span: record.rdataSpan, messageId, fixes: [fix] });
      else reportAt(report, record, tags, version.start, version.end, { messageId, args: { written: `${version.name}=${version.value}` }, fixes: [fix] });
    }
  },
};

function isInvalid({ valid }: DmarcRecord): boolean {
  return !valid;
}
