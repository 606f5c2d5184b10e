import type { ZoneRule } from '../rule';
import type { Fix } from '../../diagnostics';
import { phrase } from '../../catalog/catalogue';
import { dmarcRecords } from '../../mail/dmarc/record';
import { isMailbox, readReportUri } from '../../mail/dmarc/uri';
import { editIn } from '../../mail/tags/edits';
import { splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/**
 * `rua=`/`ruf=` hold comma-separated URIs (RFC 9989 §4.7): a bare address without `mailto:` is not a URI and
 * no report is sent. Only mailto: is defined for DMARC reports; the RFC 7489 `!size` suffix is gone.
 */
export const dmarcReportUri: ZoneRule = {
  id: 'dmarc/report-uri',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.7',
  fixable: true,
  check(zone, report, env) {
    for (const { record, tags } of dmarcRecords(zone)) {
      for (const tag of tags.tags) {
        if (tag.name.toLowerCase() !== 'rua' && tag.name.toLowerCase() !== 'ruf') continue;
        for (const item of splitTagValue(tag, ',')) {
          const at = (messageId: string, details: { fixes?: Fix[]; severity?: 'warning' | 'info' } = {}) =>
            reportAt(report, record, tags, item.start, item.end, { messageId, args: { uri: item.text, tag: tag.name }, ...details });
          if (item.text === '') {
            at('empty');
            continue;
          }
          const uri = readReportUri(item.text);
          if (!uri.scheme) {
            const insert = editIn(record, tags.text.toSource(item.start, item.start), 'mailto:');
            const fixes = isMailbox(item.text) ? [{ title: phrase('dmarc.fix.addMailto', {}, env.settings.locale), edits: [insert], preferred: true }] : [];
            at('noScheme', { fixes });
          } else if (uri.scheme.toLowerCase() !== 'mailto') at('unsupportedScheme', { severity: 'warning' });
          else if (!uri.address || !isMailbox(uri.address)) at('badAddress');
          else if (uri.sizeLimit) at('sizeLimit', { severity: 'info' });
        }
      }
    }
  },
};
