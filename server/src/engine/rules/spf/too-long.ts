import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { spfRecords } from '../../mail/spf/records';

/** RFC 7208 §3.4: keep the name plus the TXT records at it under 450 octets so the answer fits in UDP. */
export const SPF_SIZE_LIMIT = 450;

export const spfTooLong: ZoneRule = {
  id: 'spf/too-long',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §3.4',
  check(zone, report) {
    const done = new Set<string>();
    for (const info of spfRecords(zone)) {
      const owner = info.record.owner.fqdn;
      if (info.record.type !== 'TXT' || done.has(owner)) continue;
      done.add(owner);
      const txt = (zone.byOwner.get(owner) ?? []).filter((r) => r.type === 'TXT' && r.txt);
      const data = txt.reduce((sum, r) => sum + r.txt!.strings.reduce((s, string) => s + 1 + string.octets, 0), 0);
      const total = nameOctets(owner) + data;
      if (total <= SPF_SIZE_LIMIT) continue;
      report({ ...locate(zone, info, info.parse.version), args: { size: total, limit: SPF_SIZE_LIMIT, records: txt.length } });
    }
  },
};

/** Wire length of a name: a length octet per label plus its octets, and the root's zero octet. */
function nameOctets(fqdn: string): number {
  const labels = fqdn.split('.').filter((l) => l !== '');
  return labels.reduce((sum, label) => sum + 1 + label.length, 1);
}
