import type { ZoneRule } from '../rule';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { DMARC_ALIGNMENT, DMARC_FAILURE_OPTIONS, DMARC_POLICIES } from '../../mail/dmarc/tags';
import { splitTagValue, type Tag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

const ALLOWED: Record<string, readonly string[]> = {
  p: DMARC_POLICIES,
  sp: DMARC_POLICIES,
  np: DMARC_POLICIES,
  adkim: DMARC_ALIGNMENT,
  aspf: DMARC_ALIGNMENT,
  t: ['y', 'n'],
  psd: ['y', 'n', 'u'],
};

function items(tag: Tag) {
  return tag.name.toLowerCase() === 'fo' ? splitTagValue(tag, ':') : [{ text: tag.value, start: tag.valueStart, end: tag.valueEnd }];
}

/** Values outside RFC 9989 §4.7's lists. An invalid p= makes receivers fall back to p=none at best. */
export const dmarcInvalidTagValue: ZoneRule = {
  id: 'dmarc/invalid-tag-value',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 9989 §4.7',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dmarcRecords, hasInvalidValue)) {
      for (const tag of tags.tags) {
        const name = tag.name.toLowerCase();
        const allowed = name === 'fo' ? DMARC_FAILURE_OPTIONS : ALLOWED[name];
        if (!allowed) continue;
        for (const item of items(tag)) {
          if (allowed.includes(item.text.toLowerCase())) continue;
          const args = { tag: tag.name, value: item.text, allowed: allowed.join(', ') };
          reportAt(report, record, tags, item.start, item.end, { messageId: item.text === '' ? 'empty' : 'default', args });
        }
      }
    }
  },
};

/** Some tag holds a value outside its list: a fact of the record alone. */
function hasInvalidValue({ tags }: DmarcRecord): boolean {
  for (const tag of tags.tags) {
    const name = tag.name.toLowerCase();
    const allowed = name === 'fo' ? DMARC_FAILURE_OPTIONS : ALLOWED[name];
    if (allowed && items(tag).some((item) => !allowed.includes(item.text.toLowerCase()))) return true;
  }
  return false;
}
