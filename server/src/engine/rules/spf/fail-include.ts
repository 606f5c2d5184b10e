import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { isMechanism, qualifierOf, type SpfMechanism } from '../../mail/spf/ast';
import { locate, valueEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

const MESSAGE_BY_QUALIFIER: Record<string, string> = { '-': 'fail', '~': 'softfail', '?': 'neutral' };

/**
 * `-include:x` is valid syntax, but it fails exactly the mail that x's record passes (RFC 7208 §5.2): the
 * qualifier applies to the include's match, not to x's own verdicts. It is almost always a mistake.
 */
export const spfFailInclude: ZoneRule = {
  id: 'spf/fail-include',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §5.2',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasQualifiedInclude)) {
      for (const term of info.parse.terms) {
        if (!isMechanism(term, 'include')) continue;
        const mechanism = term as SpfMechanism;
        const messageId = MESSAGE_BY_QUALIFIER[qualifierOf(mechanism)];
        if (!messageId || !mechanism.qualifier) continue;
        const edit = valueEdit(info, mechanism.qualifier.range, '');
        const written = info.parse.value.slice(term.range.start, term.range.end);
        const fixes = edit ? [{ title: phrase('spf.fix.dropQualifier', { term: written }, env.settings.locale), edits: [edit] }] : [];
        report({ ...locate(zone, info, term.range), messageId, args: { term: written, domain: mechanism.domain?.text ?? '' }, fixes });
      }
    }
  },
};

/** An include qualified `-`, `~` or `?`: a fact of the record alone. */
function hasQualifiedInclude(info: SpfRecordInfo): boolean {
  return info.parse.terms.some((t) => isMechanism(t, 'include') && (t as SpfMechanism).qualifier !== undefined && MESSAGE_BY_QUALIFIER[qualifierOf(t as SpfMechanism)] !== undefined);
}
