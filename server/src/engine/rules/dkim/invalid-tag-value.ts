import type { ZoneRule } from '../rule';
import type { Severity } from '../../diagnostics';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { DKIM_ALGORITHMS, DKIM_FLAGS, DKIM_HASHES, DKIM_SERVICES } from '../../mail/dkim/tags';
import { findTag, splitTagValue, type Tag } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

interface ValueCheck {
  name: string;
  allowed: readonly string[];
  /** Colon-separated list (h, s, t) or a single value (v, k). */
  list: boolean;
  /** An unknown `v` or `k` makes the key unusable; unknown list items are ignored by verifiers. */
  severity: Severity;
}

const CHECKS: ValueCheck[] = [
  { name: 'v', allowed: ['DKIM1'], list: false, severity: 'error' },
  { name: 'k', allowed: DKIM_ALGORITHMS, list: false, severity: 'error' },
  { name: 'h', allowed: DKIM_HASHES, list: true, severity: 'warning' },
  { name: 's', allowed: DKIM_SERVICES, list: true, severity: 'warning' },
  { name: 't', allowed: DKIM_FLAGS, list: true, severity: 'warning' },
];

function items(tag: Tag, list: boolean) {
  return list ? splitTagValue(tag, ':') : [{ text: tag.value, start: tag.valueStart, end: tag.valueEnd }];
}

export const dkimInvalidTagValue: ZoneRule = {
  id: 'dkim/invalid-tag-value',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, hasInvalidValue)) {
      for (const check of CHECKS) {
        const tag = findTag(tags, check.name);
        if (!tag) continue;
        for (const item of items(tag, check.list)) {
          if (check.allowed.includes(item.text)) continue;
          const args = { tag: check.name, value: item.text, allowed: check.allowed.join(', ') };
          const messageId = item.text === '' ? 'empty' : 'default';
          reportAt(report, record, tags, item.start, Math.max(item.end, item.start), { args, messageId, severity: check.severity });
        }
      }
    }
  },
};

/** Some checked tag holds a value outside its list: a fact of the record alone. */
function hasInvalidValue({ tags }: DkimRecord): boolean {
  for (const check of CHECKS) {
    const tag = findTag(tags, check.name);
    if (tag && items(tag, check.list).some((item) => !check.allowed.includes(item.text))) return true;
  }
  return false;
}
