import type { Zone, ZoneRecord } from '../../zone/model';
import { domainUnder, isDmarcOwner, leadingVersion, mentionsVersion, perZone, tagListOf, txtRecordsMarked } from '../tags/mail-records';
import type { TagList } from '../tags/tag-list';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';

/** A TXT record at `_dmarc.<domain>` that was meant as a DMARC policy record. */
export interface DmarcRecord {
  record: ZoneRecord;
  tags: TagList;
  /** The policy domain: the owner without `_dmarc.`. */
  domain: string;
  /** True when `v=DMARC1` is the first tag, exactly as RFC 9989 requires: the only records receivers use. */
  valid: boolean;
}

/**
 * A record at `_dmarc` counts as meant for DMARC when it carries a `v=DMARC1` tag in any case or position, or,
 * with the version forgotten, a policy or report tag.
 */
export function isDmarcIntent(value: string): boolean {
  return mentionsVersion(value, 'DMARC1') || /^[ \t]*v[ \t]*=[ \t]*dmarc/i.test(value) || /(^|;)[ \t]*(p|rua)[ \t]*=/i.test(value);
}

export function isValidDmarcStart(value: string): boolean {
  return leadingVersion(value) === 'DMARC1';
}

const dmarcRecordsCache = new ZoneMemo<readonly DmarcRecord[]>();

/** The zone's DMARC records, found once per zone and shared by every DMARC rule. */
export function dmarcRecords(zone: Zone): readonly DmarcRecord[] {
  const cached = dmarcRecordsCache.get(zone);
  if (cached) return cached;
  const list: DmarcRecord[] = [];
  for (const record of txtRecordsMarked(zone, '_dmarc.')) {
    const dmarc = byRecord.of(record, readDmarcRecord);
    if (dmarc) list.push(dmarc);
  }
  dmarcRecordsCache.set(zone, list);
  return list;
}

/** The record read as a DMARC record, kept per record (it holds nothing of the zone). */
const byRecord = new RecordMemo<DmarcRecord>();

function readDmarcRecord(record: ZoneRecord): DmarcRecord | null {
  if (!isDmarcOwner(record.owner.fqdn)) return null;
  const value = record.txt!.value.value;
  if (!isDmarcIntent(value)) return null;
  const tags = tagListOf(record)!;
  return { record, tags, domain: domainUnder('_dmarc', record.owner.fqdn)!, valid: isValidDmarcStart(value) };
}

const dmarcDomainsCache = new ZoneMemo<ReadonlySet<string>>();

/** Whether a DMARC record that receivers would use exists at `_dmarc.<domain>`. */
export function hasDmarcRecord(zone: Zone, domain: string): boolean {
  // The valid records are the zone's DMARC records (every TXT at `_dmarc.` that starts `v=DMARC1` counts as meant
  // for DMARC), so one set per zone answers for every name.
  return perZone(dmarcDomainsCache, zone, () => {
    const domains = new Set<string>();
    for (const dmarc of dmarcRecords(zone)) if (dmarc.valid) domains.add(dmarc.record.owner.fqdn.slice('_dmarc.'.length));
    return domains;
  }).has(domain);
}
