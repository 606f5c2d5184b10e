import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { isMechanism } from '../../mail/spf/ast';
import { locate, removeRangeEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/** `ptr` is slow, unreliable and SHOULD NOT be published (RFC 7208 §5.5); some receivers skip it. */
export const spfPtr: ZoneRule = {
  id: 'spf/ptr',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §5.5',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasPtr)) {
      for (const term of info.parse.terms) {
        if (!isMechanism(term, 'ptr')) continue;
        const edit = removeRangeEdit(info, term.range);
        const fixes = edit ? [{ title: phrase('spf.fix.removeTerm', { term: info.parse.value.slice(term.range.start, term.range.end) }, env.settings.locale), edits: [edit] }] : [];
        report({ ...locate(zone, info, term.range), tags: ['deprecated'], fixes });
      }
    }
  },
};

function hasPtr(info: SpfRecordInfo): boolean {
  return info.parse.terms.some((t) => isMechanism(t, 'ptr'));
}
