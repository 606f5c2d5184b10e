import { sameDocument } from '../../zone/neighbors';
import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ParseProblem, Zone } from '../../zone/model';
import type { ReportedRule, RuleEnv } from '../rule';
import { firstSoa } from './zone-apex';

/**
 * Reported by the parser at the first record that has no TTL to use. The fix adds `$TTL` at the top of the
 * file with the SOA minimum, the value BIND falls back to, so the zone keeps serving the TTLs it did.
 */
export const noTtl: ReportedRule = {
  id: 'zone/no-ttl',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 2308 §4',
  fixable: true,
  reportedBy: 'parser',
  fixes(problem: ParseProblem, zone: Zone, env?: RuleEnv): Fix[] {
    const soa = firstSoa(zone);
    if (soa?.typed?.type !== 'SOA' || !sameDocument(problem.file, zone.file)) return [];
    const ttl = soa.typed.minimum;
    const file = zone.file;
    const newline = file.text.includes('\r\n') ? '\r\n' : '\n';
    return [
      {
        title: ruleMessage(noTtl.id, 'fix-ttl', { ttl }, env?.settings.locale),
        edits: [{ path: file.path, range: file.rangeOf({ start: 0, end: 0 }), newText: `$TTL ${ttl}${newline}` }],
        preferred: true,
      },
    ];
  },
};
