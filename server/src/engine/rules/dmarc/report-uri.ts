import { RecordMemo } from '../../zone/record-memo';
import { compactList } from '../../text/compact';
import type { ZoneRule } from '../rule';
import type { Fix } from '../../diagnostics';
import { phrase } from '../../catalog/catalogue';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { isMailbox, readReportUri } from '../../mail/dmarc/uri';
import { editIn } from '../../mail/tags/edits';
import { splitTagValue, type Tag } from '../../mail/tags/tag-list';
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
    for (const dmarc of itemsWhere(zone, dmarcRecords, hasUriProblems)) {
      const { record, tags } = dmarc;
      for (const { item, tag, messageId } of uriProblems(dmarc)) {
        const at = (details: { fixes?: Fix[]; severity?: 'warning' | 'info' } = {}) =>
          reportAt(report, record, tags, item.start, item.end, { messageId, args: { uri: item.text, tag: tag.name }, ...details });
        if (messageId === 'noScheme') {
          const insert = editIn(record, tags.text.toSource(item.start, item.start), 'mailto:');
          const fixes = isMailbox(item.text) ? [{ title: phrase('dmarc.fix.addMailto', {}, env.settings.locale), edits: [insert], preferred: true }] : [];
          at({ fixes });
        } else if (messageId === 'unsupportedScheme') at({ severity: 'warning' });
        else if (messageId === 'sizeLimit') at({ severity: 'info' });
        else at();
      }
    }
  },
};

interface UriProblem {
  item: { text: string; start: number; end: number };
  tag: Tag;
  messageId: 'empty' | 'noScheme' | 'unsupportedScheme' | 'badAddress' | 'sizeLimit';
}

/** The problems of a record's `rua`/`ruf` URIs: read from the record alone, so kept per record. */
const problemsCache = new RecordMemo<readonly UriProblem[]>();

function uriProblems(dmarc: DmarcRecord): readonly UriProblem[] {
  const cached = problemsCache.get(dmarc.record);
  if (cached) return cached;
  const problems: UriProblem[] = [];
  for (const tag of dmarc.tags.tags) {
    if (tag.name.toLowerCase() !== 'rua' && tag.name.toLowerCase() !== 'ruf') continue;
    for (const item of splitTagValue(tag, ',')) {
      const at = (messageId: UriProblem['messageId']) => problems.push({ item, tag, messageId });
      if (item.text === '') {
        at('empty');
        continue;
      }
      const uri = readReportUri(item.text);
      if (!uri.scheme) at('noScheme');
      else if (uri.scheme.toLowerCase() !== 'mailto') at('unsupportedScheme');
      else if (!uri.address || !isMailbox(uri.address)) at('badAddress');
      else if (uri.sizeLimit) at('sizeLimit');
    }
  }
  const kept = compactList(problems);
  problemsCache.set(dmarc.record, kept);
  return kept;
}

function hasUriProblems(dmarc: DmarcRecord): boolean {
  return uriProblems(dmarc).length > 0;
}
