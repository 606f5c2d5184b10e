import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import type { SpfModifier } from '../../mail/spf/ast';
import { locate, removeRangeEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/** `redirect=` and `exp=` may each appear once; a second one is a permerror (RFC 7208 §6). */
export const spfDuplicateModifier: ZoneRule = {
  id: 'spf/duplicate-modifier',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §6',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasDuplicateModifier)) {
      const first = new Map<string, SpfModifier>();
      for (const term of info.parse.terms) {
        if (term.kind !== 'modifier' || !term.known) continue;
        const earlier = first.get(term.known);
        if (!earlier) {
          first.set(term.known, term);
          continue;
        }
        const written = info.parse.value.slice(term.range.start, term.range.end);
        const same = earlier.value.text.toLowerCase() === term.value.text.toLowerCase();
        const edit = same ? removeRangeEdit(info, term.range) : undefined;
        const fixes = edit ? [{ title: phrase('spf.fix.removeTerm', { term: written }, env.settings.locale), edits: [edit], preferred: true }] : [];
        report({ ...locate(zone, info, term.range), args: { name: term.known, term: written }, fixes });
      }
    }
  },
};

/** A known modifier written twice: a fact of the record alone. */
function hasDuplicateModifier(info: SpfRecordInfo): boolean {
  let redirect = 0;
  let exp = 0;
  for (const t of info.parse.terms) {
    if (t.kind !== 'modifier') continue;
    if (t.known === 'redirect') redirect++;
    else if (t.known === 'exp') exp++;
  }
  return redirect > 1 || exp > 1;
}
