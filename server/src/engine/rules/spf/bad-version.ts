import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { txtPieces } from '../../mail/txt/strings';
import { itemsWhere, txtRecords } from '../../mail/tags/mail-records';
import type { ZoneRecord } from '../../zone/model';

const NEAR_VERSION = /^(\s*)v\s*=\s*spf\s*1(?![0-9])[^ ]*/i;

/**
 * Receivers keep only records that start with exactly `v=spf1` and a space or the end (RFC 7208 §4.5);
 * ` v=spf1`, `v = spf1`, `v=spf1;` are silently ignored, so the domain has no SPF at all.
 */
/** A version that is nearly `v=spf1` (and not a join problem): a fact of the record alone. */
function hasBadVersion(record: ZoneRecord): boolean {
  const value = record.txt?.value;
  if (record.type !== 'TXT' || !value || /^v=spf1( |$)/i.test(value.value)) return false;
  if (!NEAR_VERSION.test(value.value)) return false;
  // `"v=spf1" "a -all"` is a join problem, reported by spf/broken-join.
  return !(/^v=spf1/i.test(value.value) && txtPieces(record).some((p) => p.start === 6));
}

export const spfBadVersion: ZoneRule = {
  id: 'spf/bad-version',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §4.5',
  fixable: true,
  check(zone, report, env) {
    for (const record of itemsWhere(zone, txtRecords, hasBadVersion)) {
      const value = record.txt!.value;
      const match = NEAR_VERSION.exec(value.value)!;
      const range = { start: 0, end: match[0].length };
      const tail = match[0].slice(match[0].search(/1/) + 1);
      const replacement = tail === '' ? 'v=spf1' : `v=spf1 ${tail.replace(/^[;,]+/, '')}`;
      const crossesJoin = txtPieces(record).some((p) => p.start > range.start && p.start < range.end);
      const span = value.toSource(range.start, range.end);
      const fixes = crossesJoin
        ? []
        : [{ title: phrase('spf.fix.rewriteTerm', { from: match[0], to: replacement }, env.settings.locale), edits: [{ path: record.file.path, range: record.file.rangeOf(span), newText: replacement }], preferred: true }];
      const path = record.file === zone.file ? {} : { path: record.file.path };
      report({ span, ...path, args: { text: match[0] }, fixes });
    }
  },
};
