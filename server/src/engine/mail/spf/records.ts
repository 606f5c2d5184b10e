import type { MappedText } from '../../text/mapped-text';
import type { Zone, ZoneRecord } from '../../zone/model';
import { recordsByType } from '../tags/mail-records';
import { joinPoints } from '../txt/strings';
import type { SpfParse, SpfProblem, SpfProblemCode, SpfTerm } from './ast';
import { parseSpf } from './parse';

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

interface ZoneSpf {
  all: SpfRecordInfo[];
  byOwner: Map<string, SpfRecordInfo[]>;
}

const cache = new WeakMap<Zone, ZoneSpf>();

function zoneSpf(zone: Zone): ZoneSpf {
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
const infoCache = new WeakMap<ZoneRecord, SpfRecordInfo | null>();

function infoOfRecord(record: ZoneRecord): SpfRecordInfo | null {
  let info = infoCache.get(record);
  if (info === undefined) {
    info = readInfo(record);
    infoCache.set(record, info);
  }
  return info;
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

function collect(zone: Zone): ZoneSpf {
  const all: SpfRecordInfo[] = [];
  const byOwner = new Map<string, SpfRecordInfo[]>();
  // TXT and the retired type SPF, in file order; zones without type SPF (nearly all) need not walk every record.
  const source = recordsByType(zone, 'SPF').length === 0 ? recordsByType(zone, 'TXT') : zone.records;
  for (const record of source) {
    if ((record.type !== 'TXT' && record.type !== 'SPF') || !record.txt) continue;
    const info = infoOfRecord(record);
    if (!info) continue;
    all.push(info);
    const key = record.owner.fqdn;
    const list = byOwner.get(key);
    if (list) list.push(info);
    else byOwner.set(key, [info]);
  }
  return { all, byOwner };
}

/** A name as users write it in messages: without the root's trailing dot. */
export function displayName(fqdn: string): string {
  return fqdn.length > 1 && fqdn.endsWith('.') ? fqdn.slice(0, -1) : fqdn;
}

/** Every SPF record of the zone (TXT and the discontinued type SPF), in file order. */
export function spfRecords(zone: Zone): SpfRecordInfo[] {
  return zoneSpf(zone).all;
}

/** The SPF records receivers see at `fqdn`: TXT only (RFC 7208 §3.1 retired type SPF). */
export function spfTxtRecordsAt(zone: Zone, fqdn: string): SpfRecordInfo[] {
  const list = zoneSpf(zone).byOwner.get(fqdn);
  if (!list) return NO_INFOS;
  if (list.length === 1) return list[0]!.record.type === 'TXT' ? list : NO_INFOS;
  return list.filter((info) => info.record.type === 'TXT');
}

/** Whether `fqdn` has an SPF TXT record (what receivers read): no list is built. */
export function hasSpfTxtRecord(zone: Zone, fqdn: string): boolean {
  const list = zoneSpf(zone).byOwner.get(fqdn);
  if (!list) return false;
  for (const info of list) if (info.record.type === 'TXT') return true;
  return false;
}

const NO_INFOS: SpfRecordInfo[] = [];

export function spfInfoOf(zone: Zone, record: ZoneRecord): SpfRecordInfo | undefined {
  return (zoneSpf(zone).byOwner.get(record.owner.fqdn) ?? []).find((info) => info.record === record);
}

/** The grammar problems of one kind, leaving out those a broken join explains (reported once, there). */
export function problemsOf(info: SpfRecordInfo, code: SpfProblemCode): SpfProblem[] {
  if (info.parse.problems.length === 0) return NO_PROBLEMS;
  return info.parse.problems.filter((p) => p.code === code && !info.brokenJoins.some((b) => b.term === p.term));
}

const NO_PROBLEMS: SpfProblem[] = [];

function findBrokenJoins(parse: SpfParse, joins: number[]): BrokenJoin[] {
  if (joins.length === 0 || parse.problems.length === 0) return [];
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
