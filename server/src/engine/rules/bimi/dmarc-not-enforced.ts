import type { ZoneRule } from '../rule';
import type { Zone } from '../../zone/model';
import { BIMI } from '../../mail/bimi/record';
import { isValidDmarcStart } from '../../mail/dmarc/record';
import { parseTagList, findTagIgnoringCase } from '../../mail/tags/tag-list';
import { txtRecordsAt } from '../../mail/tags/mail-records';
import { versionedRecords } from '../../mail/tags/versioned';

/**
 * Mail clients show a BIMI logo only for mail that passes DMARC under an enforcing policy: `p=quarantine` or
 * `p=reject` (BIMI draft, "DMARC policy requirements"). With `p=none`, or no DMARC record, the logo never
 * appears. Checked when the domain's DMARC record (or the zone apex's) is in this zone.
 */
export const bimiDmarcNotEnforced: ZoneRule = {
  id: 'bimi/dmarc-not-enforced',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'draft-brand-indicators-for-message-identification-05',
  check(zone, report) {
    for (const { record, domain, valid, tags } of versionedRecords(zone, BIMI)) {
      const logo = findTagIgnoringCase(tags, 'l');
      if (!valid || !logo || logo.value === '') continue;
      const policy = dmarcPolicyFor(zone, domain);
      if (policy === 'quarantine' || policy === 'reject') continue;
      const messageId = policy === undefined ? 'noDmarc' : 'default';
      report({ path: record.file.path, span: record.rdataSpan, messageId, args: { domain, policy: policy ?? '' } });
    }
  },
};

/** The `p=` (or, for a subdomain under the apex record, `sp=`) in force for `domain`, as far as this zone shows. */
function dmarcPolicyFor(zone: Zone, domain: string): string | undefined {
  const own = dmarcTags(zone, domain);
  if (own) return findTagIgnoringCase(own, 'p')?.value.toLowerCase() ?? 'none';
  if (domain === zone.origin || !domain.endsWith('.' + zone.origin)) return undefined;
  const apex = dmarcTags(zone, zone.origin);
  if (!apex) return undefined;
  return (findTagIgnoringCase(apex, 'sp') ?? findTagIgnoringCase(apex, 'p'))?.value.toLowerCase() ?? 'none';
}

function dmarcTags(zone: Zone, domain: string) {
  const records = txtRecordsAt(zone, '_dmarc.' + domain).filter((r) => isValidDmarcStart(r.txt!.value.value));
  return records.length === 1 ? parseTagList(records[0]!.txt!.value.value) : undefined;
}
