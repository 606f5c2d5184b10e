import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { countLookups, LOOKUP_LIMIT, lookupSummary } from '../../mail/spf/lookups';

/**
 * More than 10 DNS-querying terms (include, a, mx, ptr, exists, redirect), counted through the records
 * include and redirect reach, is a permerror (RFC 7208 §4.6.4). Targets outside the workspace count 1.
 */
export const spfTooManyLookups: ZoneRule = {
  id: 'spf/too-many-lookups',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §4.6.4',
  check(zone, report, env) {
    for (const info of lookupSummary(zone, env).over) {
      const count = countLookups(zone, info, env);
      const over = count.overAt === undefined ? undefined : info.parse.terms[count.overAt];
      const term = over ? info.parse.value.slice(over.range.start, over.range.end) : '';
      report({ ...locate(zone, info, info.parse.version), args: { count: count.total, limit: LOOKUP_LIMIT, term } });
    }
  },
};
