import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { mergeEdits } from '../../mail/spf/merge';
import { displayName, spfRecords, spfTxtRecordsAt, type SpfRecordInfo } from '../../mail/spf/records';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone, ZoneRecord } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

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
    for (const group of repeatedGroups(zone)) {
      const owner = group[0]!.record.owner.fqdn;
      const title = phrase('spf.fix.merge', { count: group.length }, env.settings.locale);
      const edits = mergeEdits(zone, group);
      group.forEach((member, i) => {
        report({ ...locate(zone, member, member.parse.version), args: { count: group.length, name: displayName(owner), position: i + 1 }, fixes: [{ title, edits, preferred: true }] });
      });
    }
  },
};

const groupsCache = new ZoneMemo<SpfRecordInfo[][]>();

/** The names with more than one SPF TXT record, each with its records; found once per zone. */
function repeatedGroups(zone: Zone): SpfRecordInfo[][] {
  return perZone(groupsCache, zone, () => {
    const out: SpfRecordInfo[][] = [];
    let done: Set<string> | undefined;
    for (const info of spfRecords(zone)) {
      if (info.record.type !== 'TXT') continue;
      const owner = info.record.owner.fqdn;
      // A name with one TXT record (most) holds no second SPF record: no list is built for it.
      const atOwner = zone.byOwner.get(owner);
      if (!atOwner || countTxt(atOwner) < 2 || done?.has(owner)) continue;
      (done ??= new Set()).add(owner);
      const group = spfTxtRecordsAt(zone, owner);
      if (group.length >= 2) out.push(group);
    }
    return out;
  });
}

function countTxt(records: readonly ZoneRecord[]): number {
  let n = 0;
  for (const record of records) if (record.type === 'TXT') n++;
  return n;
}
