import type { ZoneRule } from '../rule';
import { BIMI } from '../../mail/bimi/record';
import { findTag, type Tag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';
import { versionedRecords } from '../../mail/tags/versioned';

/**
 * `l=` (the logo, an SVG) and `a=` (the mark certificate, PEM) are HTTPS URIs; either may be empty
 * (a declination record has an empty `l=`). Mail clients fetch nothing over plain HTTP.
 */
export const bimiInvalidUri: ZoneRule = {
  id: 'bimi/invalid-uri',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'draft-brand-indicators-for-message-identification-05',
  check(zone, report) {
    for (const { record, tags } of versionedRecords(zone, BIMI)) {
      for (const name of ['l', 'a']) {
        const tag = findTag(tags, name);
        if (!tag || tag.value === '') continue;
        const problem = uriProblem(tag);
        if (problem) reportAt(report, record, tags, tag.valueStart, tag.valueEnd, { messageId: problem.messageId, args: { tag: name, uri: tag.value }, severity: problem.severity });
      }
    }
  },
};

function uriProblem(tag: Tag): { messageId: string; severity?: 'warning' } | undefined {
  let url: URL;
  try {
    url = new URL(tag.value);
  } catch {
    return { messageId: 'notUri' };
  }
  if (url.protocol !== 'https:') return { messageId: 'notHttps' };
  const path = url.pathname.toLowerCase();
  if (tag.name === 'l' && !path.endsWith('.svg')) return { messageId: 'notSvg', severity: 'warning' };
  if (tag.name === 'a' && !path.endsWith('.pem')) return { messageId: 'notPem', severity: 'warning' };
  return undefined;
}
