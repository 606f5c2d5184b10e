import { phrase } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ZoneRule } from '../rule';
import { isMechanism, isModifier } from '../../mail/spf/ast';
import { appendTerm, locate } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';

/**
 * Without `all` or `redirect=`, mail from unlisted hosts gets the default result "neutral" (RFC 7208
 * §4.7), which tells receivers nothing. Two fixes: `~all` (softfail) is the preferred one because it is
 * the safe first step for a record that may not list every sender yet: softfailed mail is marked, not
 * bounced, and DMARC still decides the outcome. `-all` is offered next to it for domains that are sure.
 */
export const spfNoAll: ZoneRule = {
  id: 'spf/no-all',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §4.7, §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, lacksAll)) {
      const terms = info.parse.terms;
      if (terms.some((t) => isMechanism(t, 'all') || isModifier(t, 'redirect'))) continue;
      if (info.brokenJoins.length > 0) continue;
      const fixes: Fix[] = [
        { title: phrase('spf.fix.addAll', { all: '~all' }, env.settings.locale), edits: [appendTerm(info, '~all')], preferred: true },
        { title: phrase('spf.fix.addAll', { all: '-all' }, env.settings.locale), edits: [appendTerm(info, '-all')] },
      ];
      report({ ...locate(zone, info, info.parse.version), fixes });
    }
  },
};

/** Neither `all` nor `redirect=`, and no broken join: a fact of the record alone. */
function lacksAll(info: SpfRecordInfo): boolean {
  return !info.parse.terms.some((t) => isMechanism(t, 'all') || isModifier(t, 'redirect')) && info.brokenJoins.length === 0;
}
