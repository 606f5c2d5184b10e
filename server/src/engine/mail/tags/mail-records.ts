import type { Zone, ZoneRecord } from '../../zone/model';
import { parseTagList, type TagList } from './tag-list';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';
import { withTrailingDot } from '../../zone/names';

/**
 * Where the mail records live and how they are found: DKIM under `<selector>._domainkey.<domain>`, DMARC at
 * `_dmarc.<domain>`, MTA-STS at `_mta-sts`, TLS-RPT at `_smtp._tls`, BIMI under `<selector>._bimi`.
 */

/** TXT records (those the parser could decode) at `fqdn`, in file order. */
export function txtRecordsAt(zone: Zone, fqdn: string): ZoneRecord[] {
  return (zone.byOwner.get(fqdn) ?? []).filter((record) => record.type === 'TXT' && record.txt !== undefined);
}

export function recordsOfType(zone: Zone, fqdn: string, type: string): ZoneRecord[] {
  return (zone.byOwner.get(fqdn) ?? []).filter((record) => record.type === type);
}

const txtRecordsCache = new ZoneMemo<readonly ZoneRecord[]>();

/** Every decoded TXT record of the zone; listed once per zone and shared by every rule (a large zone has millions of records). */
export function txtRecords(zone: Zone): readonly ZoneRecord[] {
  let list = txtRecordsCache.get(zone);
  if (!list) {
    const all = recordsByType(zone, 'TXT');
    list = all.every((record) => record.txt !== undefined) ? all : all.filter((record) => record.txt !== undefined);
    txtRecordsCache.set(zone, list);
  }
  return list;
}

const byTypeCache = new ZoneMemo<Map<string, ZoneRecord[]>>();

/** The zone's records of one type, in file order; grouped in one pass per zone and shared by every rule. */
export function recordsByType(zone: Zone, type: string): readonly ZoneRecord[] {
  let groups = zone.byType ?? byTypeCache.get(zone);
  if (!groups) {
    groups = new Map();
    for (const record of zone.records) {
      const list = groups.get(record.type);
      if (list) list.push(record);
      else groups.set(record.type, [record]);
    }
    byTypeCache.set(zone, groups);
  }
  return groups.get(type) ?? [];
}

type Test = (item: never) => boolean;

const zoneLists = new Map<Test, ZoneMemo<readonly object[]>>();

/**
 * The items of `source(zone)` for which `test` holds, in order: a rule's candidates, kept per zone. `test` must
 * read the item alone (never the zone) and be one function for the life of the program (a module constant).
 */
export function itemsWhere<T extends object>(zone: Zone, source: (zone: Zone) => readonly T[], test: (item: T) => boolean): readonly T[] {
  let lists = zoneLists.get(test);
  if (!lists) zoneLists.set(test, (lists = new ZoneMemo()));
  let list = lists.get(zone) as readonly T[] | undefined;
  if (!list) {
    const found: T[] = [];
    for (const item of source(zone)) if (test(item)) found.push(item);
    lists.set(zone, (list = found));
  }
  return list;
}

/** Computes a per-zone value once; rules that share it call this with the same cache. */
export function perZone<T>(cache: ZoneMemo<T>, zone: Zone, compute: () => T): T {
  let value = cache.get(zone);
  if (value === undefined) {
    value = compute();
    cache.set(zone, value);
  }
  return value;
}

export function labelsOf(fqdn: string): string[] {
  const trimmed = fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
  return trimmed === '' ? [] : trimmed.split('.');
}

/** `sel._domainkey.example.com.` → `example.com.`; undefined when the name is not under `_domainkey`. */
export function dkimDomainOf(fqdn: string): string | undefined {
  return nameAfterLabel(fqdn.toLowerCase(), '_domainkey');
}

/**
 * The name after the first label `label` (`sel._domainkey.example.com.`, `_domainkey` → `example.com.`, the root
 * when nothing follows), as a slice of `lower`: undefined when no label but the first is `label`, or the first
 * is. Asked of every TXT owner, so it splits nothing.
 */
export function nameAfterLabel(lower: string, label: string): string | undefined {
  if (firstLabelIs(lower, label)) return undefined;
  const at = lower.indexOf('.' + label + '.');
  if (at < 0) return lower.endsWith('.' + label) ? '.' : undefined;
  return withTrailingDot(lower.slice(at + label.length + 2));
}

/** Whether the first label of the (lower-case) name is `label`. */
function firstLabelIs(lower: string, label: string): boolean {
  return lower.startsWith(label) && (lower.length === label.length || lower.charCodeAt(label.length) === 46);
}

/** Texts that place a mail record by its owner name: DMARC, DKIM, MTA-STS, TLS-RPT, BIMI. */
export const OWNER_MARKS = ['_dmarc.', '._domainkey.', '_mta-sts.', '_smtp._tls.', '._bimi.'] as const;
export type OwnerMark = (typeof OWNER_MARKS)[number];

/** Which marks a record's (lower-case) owner holds, as bits; kept per record, so a new zone asks no string. */
const ownerMarks = new RecordMemo<number>();

function marksOf(record: ZoneRecord): number {
  return ownerMarks.of(record, readMarks)!;
}

function readMarks(record: ZoneRecord): number {
  let bits = 0;
  const fqdn = record.owner.fqdn;
  if (fqdn.includes('_')) OWNER_MARKS.forEach((mark, i) => fqdn.includes(mark) && (bits |= 1 << i));
  return bits;
}

const markedCache = new ZoneMemo<ReadonlyMap<OwnerMark, readonly ZoneRecord[]>>();

/**
 * The TXT records whose owner holds `mark` (where the kind of mail record that mark names lives), in file order;
 * sorted out in one pass over the TXT records per zone.
 */
export function txtRecordsMarked(zone: Zone, mark: OwnerMark): readonly ZoneRecord[] {
  let groups = markedCache.get(zone);
  if (!groups) {
    const lists = OWNER_MARKS.map((): ZoneRecord[] => []);
    for (const record of txtRecords(zone)) {
      const bits = marksOf(record);
      if (bits === 0) continue;
      for (let i = 0; i < lists.length; i++) if (bits & (1 << i)) lists[i]!.push(record);
    }
    groups = new Map(OWNER_MARKS.map((m, i) => [m, lists[i]!]));
    markedCache.set(zone, groups);
  }
  return groups.get(mark)!;
}

export function isDmarcOwner(fqdn: string): boolean {
  return firstLabelIs(fqdn.toLowerCase(), '_dmarc');
}

/** `_dmarc.example.com.` → `example.com.` */
export function domainUnder(prefix: string, fqdn: string): string | undefined {
  const lower = fqdn.toLowerCase();
  return lower.startsWith(prefix + '.') ? lower.slice(prefix.length + 1) : undefined;
}

const tagLists = new RecordMemo<TagList>();

/** The record's TXT value read as a tag list; parsed once per record and shared by every rule. */
export function tagListOf(record: ZoneRecord): TagList | undefined {
  return record.txt ? tagLists.of(record, readTagList)! : undefined;
}

function readTagList(record: ZoneRecord): TagList {
  return parseTagList(record.txt!.value);
}

/** The value of a leading `v=` tag when the TXT starts with one (`v=DMARC1` → `DMARC1`), as written. */
export function leadingVersion(value: string): string | undefined {
  // The whole value up to `;`: `v=DMARC1 p=reject` (a forgotten `;`) has the version `DMARC1 p=reject`, as
  // receivers that split on `;` read it.
  const match = /^[ \t]*v[ \t]*=[ \t]*([^;]*?)[ \t]*(;|$)/.exec(value);
  return match ? match[1] : undefined;
}

/** True when the value carries a `v=<version>` tag anywhere, in any case: it was meant as such a record. */
export function mentionsVersion(value: string, version: string): boolean {
  let pattern = versionPatterns.get(version);
  if (!pattern) versionPatterns.set(version, (pattern = new RegExp(`(^|;)[ \\t]*v[ \\t]*=[ \\t]*${version}(?![A-Za-z0-9])`, 'i')));
  return pattern.test(value);
}

/** One pattern per version (no `g` flag: `test` keeps no state). */
const versionPatterns = new Map<string, RegExp>();

export function isNullMx(record: ZoneRecord): boolean {
  return record.typed?.type === 'MX' && record.typed.exchange.fqdn === '.';
}

/** Whether `fqdn` is the zone's origin or inside it. */
export function inZone(zone: Zone, fqdn: string): boolean {
  return fqdn === zone.origin || zone.origin === '.' || fqdn.endsWith('.' + zone.origin);
}

/** An SPF record: a TXT whose value starts with `v=spf1` followed by a space or the end (RFC 7208 §4.5). */
export function isSpfValue(value: string): boolean {
  return /^v=spf1( |$)/i.test(value);
}

export function spfRecordsAt(zone: Zone, fqdn: string): ZoneRecord[] {
  return txtRecordsAt(zone, fqdn).filter((record) => isSpfValue(record.txt!.value.value));
}

/** Names the zone uses as mail domains besides MX owners: those with DMARC, DKIM, MTA-STS or TLS-RPT records. */
export function hasMailPolicyNames(zone: Zone, fqdn: string): boolean {
  return mailPolicyDomains(zone).has(fqdn);
}

const POLICY_PREFIXES = ['_dmarc.', '_mta-sts.', '_smtp._tls.'];
const KEY_INFIX = '._domainkey.';
const policyDomainsCache = new ZoneMemo<Set<string>>();

/**
 * Every `d` with an owner `_dmarc.d`, `_mta-sts.d`, `_smtp._tls.d` or `….<_domainkey>.d` in the zone; built once
 * per zone in one pass over the owners (only those holding `_` are looked at), so lookups stay O(1).
 */
function mailPolicyDomains(zone: Zone): Set<string> {
  let domains = policyDomainsCache.get(zone);
  if (domains) return domains;
  domains = new Set<string>();
  for (const owner of zone.byOwner.keys()) {
    const underscore = owner.indexOf('_');
    if (underscore < 0) continue;
    if (underscore === 0 && (zone.byOwner.get(owner)?.length ?? 0) > 0) {
      for (const prefix of POLICY_PREFIXES) if (owner.startsWith(prefix)) domains.add(owner.slice(prefix.length));
    }
    for (let at = owner.indexOf(KEY_INFIX, underscore - 1); at >= 0; at = owner.indexOf(KEY_INFIX, at + 1)) domains.add(owner.slice(at + KEY_INFIX.length));
  }
  policyDomainsCache.set(zone, domains);
  return domains;
}

const exchangesCache = new ZoneMemo<ReadonlySet<string>>();

/** Names that some MX record of the zone points at; built once per zone. */
export function mxExchanges(zone: Zone): ReadonlySet<string> {
  let out = exchangesCache.get(zone);
  if (!out) {
    const names = new Set<string>();
    for (const record of recordsByType(zone, 'MX')) if (record.typed?.type === 'MX') names.add(record.typed.exchange.fqdn);
    exchangesCache.set(zone, (out = names));
  }
  return out;
}
