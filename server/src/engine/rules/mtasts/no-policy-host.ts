import type { ZoneRule } from '../rule';
import type { Zone } from '../../zone/model';
import { MTA_STS } from '../../mail/mtasts/record';
import { inZone } from '../../mail/tags/mail-records';
import { versionedRecords } from '../../mail/tags/versioned';

const HOST_TYPES = new Set(['A', 'AAAA', 'CNAME']);

/**
 * Senders fetch the policy from `https://mta-sts.<domain>/.well-known/mta-sts.txt` (RFC 8461 §3.2). When that
 * host is in this zone but has no address or alias, the announcement points at nothing.
 */
export const mtastsNoPolicyHost: ZoneRule = {
  id: 'mtasts/no-policy-host',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8461 §3.2',
  check(zone, report) {
    for (const { record, domain, valid } of versionedRecords(zone, MTA_STS)) {
      const host = 'mta-sts.' + domain;
      if (!valid || !inZone(zone, host) || zone.origin === '.') continue;
      if ((zone.byOwner.get(host) ?? []).some((r) => HOST_TYPES.has(r.type))) continue;
      if (hasWildcardHost(zone, domain)) continue;
      report({ path: record.file.path, span: record.rdataSpan, args: { host } });
    }
  },
};

function hasWildcardHost(zone: Zone, domain: string): boolean {
  return (zone.byOwner.get('*.' + domain) ?? []).some((r) => HOST_TYPES.has(r.type));
}
