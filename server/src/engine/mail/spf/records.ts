import type { MappedText } from '../../text/mapped-text';
import type { Zone, ZoneRecord } from '../../zone/model';
import { recordsByType } from '../tags/mail-records';
import { joinPoints } from '../txt/strings';
import type { SpfParse, SpfProblem, SpfProblemCode, SpfTerm } from './ast';
import { parseSpf } from './parse';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';

/** An SPF record of the zone, parsed once and shared by every SPF rule, hover and completion. */
export interface SpfRecordInfo {
  record: ZoneRecord;
  value: MappedText;
  parse: SpfParse;
  /** Value positions where two character-strings meet. */
  joins: number[];
  /** Terms whose problems vanish when a space is put where two strings meet (RFC 7208 §3.3 joins bare). */
  brokenJoins: BrokenJoin[];
}

export interface BrokenJoin {
  term: number;
  /** Value position of the join inside the term. */
  at: number;
}

/** The zone's SPF records, in file order; the per-owner questions go through `zone.byOwner` and the record cache. */
const cache = new ZoneMemo<SpfRecordInfo[]>();

function zoneSpf(zone: Zone): SpfRecordInfo[] {
  let entry = cache.get(zone);
  if (!entry) {
    entry = collect(zone);
    cache.set(zone, entry);
  }
  return entry;
}

/**
 * The record's SPF reading, or null when it is not an SPF record. Kept per record, not per zone: it depends on
 * the record alone (it holds the record and its value, never the zone), so a new Zone built from mostly the
 * same record objects (an edit) finds them parsed.
 */
const infos = new RecordMemo<SpfRecordInfo>();

function infoOfRecord(record: ZoneRecord): SpfRecordInfo | null {
  return infos.of(record, readInfo);
}

function readInfo(record: ZoneRecord): SpfRecordInfo | null {
  const txt = record.txt;
  if (!txt) return null;
  const value = txt.value;
  const parse = parseSpf(value.value);
  if (!parse) return null;
  const joins = txt.strings.length < 2 ? NO_JOINS : joinPoints(record);
  return { record, value, parse, joins, brokenJoins: findBrokenJoins(parse, joins) };
}

const NO_JOINS: number[] = [];

function collect(zone: Zone): SpfRecordInfo[] {
  const all: SpfRecordInfo[] = [];
  // TXT and the retired type SPF, in file order; zones without type SPF (nearly all) need not walk every record.
  const source = recordsByType(zone, 'SPF').length === 0 ? recordsByType(zone, 'TXT') : zone.records;
  for (const record of source) {
    if ((record.type !== 'TXT' && record.type !== 'SPF') || !record.txt) continue;
    const info = infoOfRecord(record);
    if (info) all.push(info);
  }
  return all;
}

/** The SPF reading of a TXT record (receivers read no other type), or null. */
function txtInfo(record: ZoneRecord): SpfRecordInfo | null {
  return record.type === 'TXT' && record.txt ? infoOfRecord(record) : null;
}

/** A name as users write it in messages: without the root's trailing dot. */
export function displayName(fqdn: string): string {
  return fqdn.length > 1 && fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
}

/** Every SPF record of the zone (TXT and the discontinued type SPF), in file order. */
export function spfRecords(zone: Zone): SpfRecordInfo[] {
  return zoneSpf(zone);
}

/** The SPF records receivers see at `fqdn`: TXT only (RFC 7208 §3.1 retired type SPF). */
export function spfTxtRecordsAt(zone: Zone, fqdn: string): SpfRecordInfo[] {
  const out: SpfRecordInfo[] = [];
  for (const record of zone.byOwner.get(fqdn) ?? NO_RECORDS) {
    const info = txtInfo(record);
    if (info) out.push(info);
  }
  return out;
}

/** Whether `fqdn` has an SPF TXT record (what receivers read): no list is built. */
export function hasSpfTxtRecord(zone: Zone, fqdn: string): boolean {
  let owners = ownersCache.get(zone);
  if (typeof owners === 'number') {
    // A few questions (include targets) are answered from the records at the name; many (every mail name)
    // from one set of the SPF names, built when the questions pass SET_AFTER.
    if (owners < SET_AFTER) {
      ownersCache.set(zone, owners + 1);
      for (const record of zone.byOwner.get(fqdn) ?? NO_RECORDS) if (txtInfo(record)) return true;
      return false;
    }
    const names = new Set<string>();
    for (const info of zoneSpf(zone)) if (info.record.type === 'TXT') names.add(info.record.owner.fqdn);
    ownersCache.set(zone, (owners = names));
  } else if (!owners) {
    ownersCache.set(zone, 0);
    return hasSpfTxtRecord(zone, fqdn);
  }
  return owners.has(fqdn);
}

const SET_AFTER = 64;
/** Per zone: how many questions so far, then the names with an SPF TXT record. */
const ownersCache = new ZoneMemo<Set<string> | number>();

const NO_RECORDS: ZoneRecord[] = [];

export function spfInfoOf(zone: Zone, record: ZoneRecord): SpfRecordInfo | undefined {
  if ((record.type !== 'TXT' && record.type !== 'SPF') || !record.txt || !(zone.byOwner.get(record.owner.fqdn) ?? NO_RECORDS).includes(record)) return undefined;
  return infoOfRecord(record) ?? undefined;
}

/** The grammar problems of one kind, leaving out those a broken join explains (reported once, there). */
export function problemsOf(info: SpfRecordInfo, code: SpfProblemCode): SpfProblem[] {
  if (info.parse.problems.length === 0) return NO_PROBLEMS;
  return info.parse.problems.filter((p) => p.code === code && !info.brokenJoins.some((b) => b.term === p.term));
}

const NO_PROBLEMS: SpfProblem[] = [];

const NO_BROKEN_JOINS: BrokenJoin[] = [];

function findBrokenJoins(parse: SpfParse, joins: number[]): BrokenJoin[] {
  if (joins.length === 0 || parse.problems.length === 0) return NO_BROKEN_JOINS;
  const out: BrokenJoin[] = [];
  parse.terms.forEach((term, index) => {
    if (!parse.problems.some((p) => p.term === index)) return;
    const at = joins.find((j) => j > term.range.start && j < term.range.end && splitsCleanly(parse.value, term, j));
    if (at !== undefined) out.push({ term: index, at });
  });
  return out;
}

function splitsCleanly(value: string, term: SpfTerm, at: number): boolean {
  const separated = `v=spf1 ${value.slice(term.range.start, at)} ${value.slice(at, term.range.end)}`;
  return parseSpf(separated)?.problems.length === 0;
}
