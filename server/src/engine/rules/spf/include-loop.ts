import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { countLookups, lookupSummary } from '../../mail/spf/lookups';
import { displayName } from '../../mail/spf/records';

/**
 * An include/redirect chain that comes back to a record being evaluated never ends: receivers stop it
 * with a permerror at the lookup limit (RFC 7208 §4.6.4, §5.2). Found through the workspace's zones.
 */
export const spfIncludeLoop: ZoneRule = {
  id: 'spf/include-loop',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §4.6.4, §5.2',
  check(zone, report, env) {
    for (const info of lookupSummary(zone, env).loops) {
      for (const lookups of countLookups(zone, info, env).terms) {
        if (!lookups.chain) continue;
        const term = info.parse.terms[lookups.term]!;
        report({ ...locate(zone, info, term.range), args: { chain: (lookups.chain ?? []).map(displayName).join(' → ') } });
      }
    }
  },
};
