import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { isMechanism, qualifierOf, type SpfMechanism } from '../../mail/spf/ast';
import { locate, valueEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/**
 * `+all` (or a bare `all`) passes mail from every host on the Internet, `?all` says nothing about it
 * (RFC 7208 §5.1, §8.2): legal, but it lets anyone send as the domain.
 */
export const spfPermissiveAll: ZoneRule = {
  id: 'spf/permissive-all',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §5.1, §8',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasPermissiveAll)) {
      for (const term of info.parse.terms) {
        if (!isMechanism(term, 'all')) continue;
        const mechanism = term as SpfMechanism;
        const qualifier = qualifierOf(mechanism);
        if (qualifier !== '+' && qualifier !== '?') continue;
        const edit = valueEdit(info, term.range, '~all');
        const written = info.parse.value.slice(term.range.start, term.range.end);
        // Replacing +all is always wanted; ?all is sometimes chosen on purpose while testing.
        const fixes = edit ? [{ title: phrase('spf.fix.replaceAll', { from: written, to: '~all' }, env.settings.locale), edits: [edit], preferred: qualifier === '+' }] : [];
        report({ ...locate(zone, info, term.range), messageId: qualifier === '+' ? 'pass' : 'neutral', args: { term: written }, fixes });
      }
    }
  },
};

/** An `all` qualified `+` or `?`: a fact of the record alone. */
function hasPermissiveAll(info: SpfRecordInfo): boolean {
  return info.parse.terms.some((t) => isMechanism(t, 'all') && (qualifierOf(t as SpfMechanism) === '+' || qualifierOf(t as SpfMechanism) === '?'));
}
