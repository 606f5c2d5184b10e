import { documentLine, recordAfter } from '../../zone/neighbors';
import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { Zone, ZoneRecord } from '../../zone/model';
import type { TypedRdata } from '../../zone/rdata/types';
import type { ZoneRule } from '../rule';
import { normalizeIpv6 } from './ipv6';
import { repeatedRrsets } from './rrsets';
import { perZone } from '../../mail/tags/mail-records';
import { ZoneMemo } from '../../zone/zone-memo';

/** Fields holding hex, which compares without regard to case. */
const HEX_FIELDS = new Set(['digest', 'data', 'fingerprint', 'hex']);

export const duplicateRecord: ZoneRule = {
  id: 'zone/duplicate-record',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 2181 §5',
  fixable: true,
  check(zone, report, env) {
    for (const { record, first } of perZone(cache, zone, () => duplicates(zone))) {
      const next = recordAfter(zone, record);
      // Deleting the line would hand this owner to a following record that inherits it.
      const ownerPassesOn = next !== undefined && next.ownerInherited && !record.ownerInherited;
      const fix = ownerPassesOn ? undefined : deleteRecordFix(record, ruleMessage(duplicateRecord.id, 'fix-delete', {}, env.settings.locale));
      report({
        path: record.file.path,
        span: record.typeSpan,
        args: { type: record.type, line: documentLine(first.file, first.span.start) + 1 },
        fixes: fix ? [fix] : undefined,
        tags: ['unnecessary'],
      });
    }
  },
};

const cache = new ZoneMemo<Array<{ record: ZoneRecord; first: ZoneRecord }>>();

/** Each record whose rdata repeats an earlier one of its set, with that first record; found once per zone. */
function duplicates(zone: Zone): Array<{ record: ZoneRecord; first: ZoneRecord }> {
  const out: Array<{ record: ZoneRecord; first: ZoneRecord }> = [];
  for (const rrset of repeatedRrsets(zone)) {
    const seen = new Map<string, ZoneRecord>();
    for (const record of rrset) {
      if (!record.typed) continue;
      const key = canonicalRdata(record.typed);
      const first = seen.get(key);
      if (first) out.push({ record, first });
      else seen.set(key, record);
    }
  }
  return out;
}

/** The rdata as DNS compares it: names absolute and lower-case, addresses and hex in one spelling. */
function canonicalRdata(typed: TypedRdata): string {
  switch (typed.type) {
    case 'A':
      return typed.address;
    case 'AAAA':
      return normalizeIpv6(typed.address);
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return typed.target.fqdn;
    case 'MX':
      return `${typed.preference} ${typed.exchange.fqdn}`;
    case 'TXT':
    case 'SPF':
      return typed.strings.join('\u0000');
    default:
      return canonicalJson(typed);
  }
}

function canonicalJson(typed: TypedRdata): string {
  return JSON.stringify(typed, (key, value: unknown) => {
    if (value && typeof value === 'object' && 'fqdn' in value && 'span' in value) return (value as { fqdn: string }).fqdn;
    if (typeof value === 'string' && HEX_FIELDS.has(key)) return value.toLowerCase();
    if (key === 'tag' && typeof value === 'string') return value.toLowerCase();
    return value;
  });
}

/** Deletes the record's lines when it has them to itself (nothing but blanks and a comment around it). */
function deleteRecordFix(record: ZoneRecord, title: string): Fix | undefined {
  const file = record.file;
  const startLine = file.positionAt(record.span.start).line;
  const endLine = file.positionAt(record.span.end).line;
  const lineStart = file.lineStarts[startLine]!;
  if (file.text.slice(lineStart, record.span.start).trim() !== '') return undefined;
  const rest = file.text.slice(record.span.end, file.lineEnd(endLine));
  if (rest.trim() !== '' && !rest.trimStart().startsWith(';')) return undefined;
  const nextLineStart = endLine + 1 < file.lineCount ? file.lineStarts[endLine + 1]! : file.text.length;
  return {
    title,
    edits: [{ path: file.path, range: file.rangeOf({ start: lineStart, end: nextLineStart }), newText: '' }],
    preferred: true,
  };
}
