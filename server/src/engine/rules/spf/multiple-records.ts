import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { mergeEdits } from '../../mail/spf/merge';
import { displayName, spfRecords, spfTxtRecordsAt } from '../../mail/spf/records';

/**
 * Two or more `v=spf1` TXT records at one name make every check a permerror (RFC 7208 §3.2, §4.5):
 * adding a provider must extend the one record, not add another. The fix merges them into the first.
 */
export const spfMultipleRecords: ZoneRule = {
  id: 'spf/multiple-records',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §3.2, §4.5',
  fixable: true,
  check(zone, report, env) {
    const done = new Set<string>();
    for (const info of spfRecords(zone)) {
      const owner = info.record.owner.fqdn;
      if (done.has(owner) || info.record.type !== 'TXT') continue;
      done.add(owner);
      const group = spfTxtRecordsAt(zone, owner);
      if (group.length < 2) continue;
      const title = phrase('spf.fix.merge', { count: group.length }, env.settings.locale);
      const edits = mergeEdits(zone, group);
      group.forEach((member, i) => {
        report({ ...locate(zone, member, member.parse.version), args: { count: group.length, name: displayName(owner), position: i + 1 }, fixes: [{ title, edits, preferred: true }] });
      });
    }
  },
};
