import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { isMechanism, isModifier } from '../../mail/spf/ast';
import { locate, removeRangeEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/** With an `all` mechanism in the record, `redirect=` is never followed (RFC 7208 §6.1). */
export const spfRedirectWithAll: ZoneRule = {
  id: 'spf/redirect-with-all',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §6.1',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasRedirectWithAll)) {
      const all = info.parse.terms.find((t) => isMechanism(t, 'all'));
      if (!all) continue;
      const allText = info.parse.value.slice(all.range.start, all.range.end);
      for (const term of info.parse.terms) {
        if (!isModifier(term, 'redirect')) continue;
        const written = info.parse.value.slice(term.range.start, term.range.end);
        const edit = removeRangeEdit(info, term.range);
        const fixes = edit ? [{ title: phrase('spf.fix.removeTerm', { term: written }, env.settings.locale), edits: [edit] }] : [];
        report({ ...locate(zone, info, term.range), args: { term: written, all: allText }, tags: ['unnecessary'], fixes });
      }
    }
  },
};

function hasRedirectWithAll(info: SpfRecordInfo): boolean {
  return info.parse.terms.some((t) => isMechanism(t, 'all')) && info.parse.terms.some((t) => isModifier(t, 'redirect'));
}
