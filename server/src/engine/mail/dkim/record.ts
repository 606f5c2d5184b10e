import type { Zone, ZoneRecord } from '../../zone/model';
import { dkimDomainOf, tagListOf, txtRecordsMarked } from '../tags/mail-records';
import { findTag, type Tag, type TagList } from '../tags/tag-list';
import { base64Problem, decodeBase64, type Base64Problem } from './base64';
import { readDkimKey, type DkimPublicKey } from './public-key';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';

/** A TXT record at `<selector>._domainkey.<domain>`, read as a DKIM key record. */
export interface DkimRecord {
  record: ZoneRecord;
  tags: TagList;
  domain: string;
}

const dkimRecordsCache = new ZoneMemo<readonly DkimRecord[]>();

/** The zone's DKIM key records, found once per zone and shared by every DKIM rule. */
export function dkimRecords(zone: Zone): readonly DkimRecord[] {
  const cached = dkimRecordsCache.get(zone);
  if (cached) return cached;
  const list: DkimRecord[] = [];
  for (const record of txtRecordsMarked(zone, '._domainkey.')) {
    const dkim = byRecord.of(record, readDkimRecord);
    if (dkim) list.push(dkim);
  }
  dkimRecordsCache.set(zone, list);
  return list;
}

/** The record read as a DKIM key record, kept per record (it holds nothing of the zone). */
const byRecord = new RecordMemo<DkimRecord>();

function readDkimRecord(record: ZoneRecord): DkimRecord | null {
  const domain = dkimDomainOf(record.owner.fqdn);
  const tags = domain === undefined ? undefined : tagListOf(record);
  return domain !== undefined && tags ? { record, tags, domain } : null;
}

/** `k=`, defaulting to rsa (RFC 6376 §3.6.1). */
export function dkimAlgorithm(tags: TagList): string {
  return findTag(tags, 'k')?.value ?? 'rsa';
}

export interface DkimKeyReading {
  tag: Tag;
  /** The base64 problem, with `at` in value coordinates of the whole TXT value. */
  base64?: Base64Problem;
  key?: DkimPublicKey;
  revoked: boolean;
}

const readings = new WeakMap<TagList, DkimKeyReading | null>();

/** Reads `p=` once per record: base64 validity, then the decoded key. */
export function dkimKeyOf(tags: TagList): DkimKeyReading | undefined {
  const cached = readings.get(tags);
  if (cached !== undefined) return cached ?? undefined;
  const reading = readKey(tags);
  readings.set(tags, reading ?? null);
  return reading;
}

function readKey(tags: TagList): DkimKeyReading | undefined {
  const tag = findTag(tags, 'p');
  if (!tag) return undefined;
  if (tag.value.trim() === '') return { tag, revoked: true };
  const problem = base64Problem(tag.value);
  if (problem) return { tag, revoked: false, base64: { ...problem, at: tag.valueStart + problem.at } };
  const bytes = decodeBase64(tag.value);
  if (!bytes) return { tag, revoked: false };
  return { tag, revoked: false, key: readDkimKey(bytes, dkimAlgorithm(tags)) };
}

/** A TXT value that is plainly a DKIM key record, wherever it sits. */
export function looksLikeDkim(value: string): boolean {
  return /^[ \t]*v[ \t]*=[ \t]*DKIM1[ \t]*(;|$)/.test(value) || /^[ \t]*(k[ \t]*=[ \t]*(rsa|ed25519)[ \t]*;[ \t]*)?p[ \t]*=[ \t]*[A-Za-z0-9+/]{40,}/.test(value);
}
