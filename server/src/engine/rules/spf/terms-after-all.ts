import { phrase } from '../../catalog/catalogue';
import type { TextEdit } from '../../diagnostics';
import type { ZoneRule } from '../rule';
import { isMechanism } from '../../mail/spf/ast';
import { locate, removeRangeEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/**
 * `all` always matches, so mechanisms after it are never evaluated (RFC 7208 §5.1). Modifiers may follow
 * (`exp=` often does); `redirect=` after `all` is reported by spf/redirect-with-all.
 */
export const spfTermsAfterAll: ZoneRule = {
  id: 'spf/terms-after-all',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasTermsAfterAll)) {
      const terms = info.parse.terms;
      const allAt = terms.findIndex((t) => isMechanism(t, 'all'));
      if (allAt < 0) continue;
      const all = info.parse.value.slice(terms[allAt]!.range.start, terms[allAt]!.range.end);
      const ignored = terms.slice(allAt + 1).filter((t) => t.kind === 'mechanism');
      const edits = ignored.map((t) => removeRangeEdit(info, t.range));
      const complete = edits.every((e): e is TextEdit => e !== undefined) && !overlapping(edits as TextEdit[]);
      const fixes = complete && edits.length > 0 ? [{ title: phrase('spf.fix.removeAfterAll', { all }, env.settings.locale), edits: edits as TextEdit[] }] : [];
      for (const term of ignored) {
        report({ ...locate(zone, info, term.range), args: { term: info.parse.value.slice(term.range.start, term.range.end), all }, tags: ['unnecessary'], fixes });
      }
    }
  },
};

/** A mechanism follows `all`: a fact of the record alone. */
function hasTermsAfterAll(info: SpfRecordInfo): boolean {
  const terms = info.parse.terms;
  const allAt = terms.findIndex((t) => isMechanism(t, 'all'));
  if (allAt < 0) return false;
  for (let i = allAt + 1; i < terms.length; i++) if (terms[i]!.kind === 'mechanism') return true;
  return false;
}

/** Two adjacent removals may both claim the space between them; then the fix is not offered. */
function overlapping(edits: TextEdit[]): boolean {
  const key = (e: TextEdit) => e.range.start.line * 1e6 + e.range.start.character;
  const end = (e: TextEdit) => e.range.end.line * 1e6 + e.range.end.character;
  const sorted = [...edits].sort((a, b) => key(a) - key(b));
  return sorted.some((e, i) => i > 0 && key(e) < end(sorted[i - 1]!));
}
