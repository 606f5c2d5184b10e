import type { ZoneRule } from '../rule';
import { isMailbox, readReportUri } from '../../mail/dmarc/uri';
import { TLS_RPT } from '../../mail/tlsrpt/record';
import { findTag, splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';
import { versionedRecords } from '../../mail/tags/versioned';

/** `rua=` is required: comma-separated `mailto:` or `https:` URIs (RFC 8460 §3). */
export const tlsrptInvalidRua: ZoneRule = {
  id: 'tlsrpt/invalid-rua',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 8460 §3',
  check(zone, report) {
    for (const { record, tags, valid } of versionedRecords(zone, TLS_RPT)) {
      if (!valid) continue;
      const rua = findTag(tags, 'rua');
      if (!rua || rua.value === '') {
        report({ path: record.file.path, span: record.rdataSpan, messageId: 'missing' });
        continue;
      }
      for (const item of splitTagValue(rua, ',')) {
        const uri = readReportUri(item.text);
        const scheme = uri.scheme?.toLowerCase();
        let messageId: string | undefined;
        if (!scheme) messageId = 'noScheme';
        else if (scheme !== 'mailto' && scheme !== 'https') messageId = 'unsupportedScheme';
        else if (scheme === 'mailto' && (!uri.address || !isMailbox(uri.address))) messageId = 'badAddress';
        else if (scheme === 'https' && !uri.host) messageId = 'badHttps';
        if (messageId) reportAt(report, record, tags, item.start, item.end, { messageId, args: { uri: item.text } });
      }
    }
  },
};
