import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { countLookups, lookupSummary } from '../../mail/spf/lookups';
import { displayName } from '../../mail/spf/records';

/**
 * `include:` and `redirect=` need an SPF record at their target: without one the include is a permerror
 * (RFC 7208 §5.2), and so is the redirect (§6.1). Checked when the target's zone is in the workspace and
 * the name is not delegated, aliased or covered by a wildcard.
 */
export const spfTargetWithoutSpf: ZoneRule = {
  id: 'spf/target-without-spf',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §5.2, §6.1',
  check(zone, report, env) {
    for (const info of lookupSummary(zone, env).missing) {
      for (const lookups of countLookups(zone, info, env).terms) {
        if (lookups.place !== 'missing') continue;
        const term = info.parse.terms[lookups.term]!;
        const range = term.kind === 'mechanism' ? term.domain?.range ?? term.range : term.value.range;
        report({ ...locate(zone, info, range, term.range), messageId: term.kind === 'mechanism' ? 'include' : 'redirect', args: { target: displayName(lookups.target ?? '') } });
      }
    }
  },
};
