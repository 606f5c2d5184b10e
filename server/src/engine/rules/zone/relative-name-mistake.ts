import { ruleMessage } from '../../catalog/catalogue';
import type { SourceFile, Span } from '../../text/source';
import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import type { Report, ZoneRule } from '../rule';
import { rdataNames } from '../../zone/rdata/names';
import { zoneApex } from './zone-apex';
import { ZoneMemo } from '../../zone/zone-memo';

/**
 * Top-level domains common enough that a relative name ending in one was surely meant to be absolute
 * (`mail.google.com` under `example.com.`). Kept short on purpose: a wrong guess here is a false warning.
 */
const COMMON_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'me', 'app', 'dev', 'cloud', 'xyz',
  'top', 'site', 'online', 'cn', 'hk', 'tw', 'jp', 'kr', 'sg', 'uk', 'de', 'fr', 'nl', 'eu', 'ru', 'us', 'ca', 'au',
  'in', 'br',
]);

export const relativeNameMistake: ZoneRule = {
  id: 'zone/relative-name-mistake',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1035 §5.1',
  fixable: true,
  check(zone, report, env) {
    const context = { locale: env.settings.locale, apex: zoneApex(zone)?.replace(/\.$/, '') ?? '' };
    for (const record of candidates(zone, context.apex)) {
      if (!record.ownerInherited) checkName(writtenOwner(record), record, report, context);
      if (hasNames(record)) for (const name of rdataNames(record)) checkName(name, record, report, context);
    }
  },
};

const candidateLists = new ZoneMemo<{ apex: string; records: ZoneRecord[] }>();

/** The records with a mistaken name, found once per zone (and apex). */
/** The record's owner with this record's place (the owner object is shared by the records of the name). */
function writtenOwner(record: ZoneRecord): NameRef {
  const { text, fqdn, relative } = record.owner;
  return { text, fqdn, relative, span: record.ownerSpan };
}

function candidates(zone: Zone, apex: string): ZoneRecord[] {
  const cached = candidateLists.get(zone);
  if (cached && cached.apex === apex) return cached.records;
  // Owner-local: after an edit it runs on the changed owners only, so nothing is kept per record.
  const records: ZoneRecord[] = [];
  for (const record of zone.records) if (hasMistake(record, apex)) records.push(record);
  candidateLists.set(zone, { apex, records });
  return records;
}

function hasMistake(record: ZoneRecord, apex: string): boolean {
  if (!record.ownerInherited && record.owner.relative && mistakeIn(record.owner, record.ownerSpan, apex)) return true;
  if (hasNames(record)) for (const name of rdataNames(record)) if (name.relative && mistakeIn(name, name.span, apex)) return true;
  return false;
}

function hasNames(record: ZoneRecord): boolean {
  return record.type !== 'A' && record.type !== 'AAAA' && record.type !== 'TXT';
}

type Mistake = 'repeats-origin' | 'ends-in-tld';

interface Context {
  locale: string;
  /** The zone apex without its trailing dot ('' when unknown or the root). */
  apex: string;
}

function checkName(name: NameRef, record: ZoneRecord, report: Report, { locale, apex }: Context): void {
  const mistake = name.relative ? mistakeIn(name, name.span, apex) : undefined;
  if (!mistake) return;
  const file: SourceFile = record.file;
  const intended = `${name.text}.`;
  const args = { text: name.text, fqdn: name.fqdn, intended };
  const repeats = mistake === 'repeats-origin';
  report({
    path: file.path,
    span: name.span,
    messageId: repeats ? undefined : 'tld',
    severity: repeats ? undefined : 'info',
    args,
    fixes: [
      {
        title: ruleMessage(relativeNameMistake.id, 'fix-dot', args, locale),
        edits: [{ path: file.path, range: file.rangeOf({ start: name.span.end, end: name.span.end }), newText: '.' }],
        preferred: repeats,
      },
    ],
  });
}

/** True when a relative name repeats the origin (`mx.example.com` under `example.com.`): a missing trailing dot. */
export function repeatsOrigin(name: NameRef): boolean {
  return name.relative && mistakeIn(name, name.span, '') === 'repeats-origin';
}

/**
 * A relative name reads `<text>.<origin>`. It repeats the origin (or the zone apex, under a deeper $ORIGIN) when
 * the text itself ends with those labels; it was meant absolute when its last label is a common TLD. Compared
 * inside `fqdn`, which holds the lower-cased text followed by the origin, so the common case allocates nothing.
 */
function mistakeIn(name: NameRef, span: Span, apex: string): Mistake | undefined {
  const { text, fqdn } = name;
  if (text === '' || text === '@' || span.end <= span.start) return undefined;
  const originLength = fqdn.length - text.length - 2; // the origin without its trailing dot
  if (originLength <= 0 || fqdn.charCodeAt(text.length) !== 46) return undefined;
  if (textEndsWith(fqdn, text.length, fqdn, text.length + 1, originLength)) return 'repeats-origin';
  if (apex !== '' && textEndsWith(fqdn, text.length, apex, 0, apex.length)) return 'repeats-origin';
  const lastDot = text.lastIndexOf('.');
  if (lastDot > 0 && COMMON_TLDS.has(text.slice(lastDot + 1).toLowerCase())) return 'ends-in-tld';
  return undefined;
}

/** Whether fqdn[0, textLength) ends, at a label boundary, with suffix[from, from + length). */
function textEndsWith(fqdn: string, textLength: number, suffix: string, from: number, length: number): boolean {
  const start = textLength - length;
  if (start < 0 || (start > 0 && fqdn.charCodeAt(start - 1) !== 46)) return false;
  for (let i = 0; i < length; i++) {
    if (fqdn.charCodeAt(start + i) !== suffix.charCodeAt(from + i)) return false;
  }
  return true;
}
