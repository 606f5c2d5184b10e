import { recordAfter, sameDocument } from '../../zone/neighbors';
import type { TextEdit } from '../../diagnostics';
import type { Span } from '../../text/source';
import type { Zone, ZoneRecord } from '../../zone/model';

/** An edit in the file the record is written in. */
export function editIn(record: ZoneRecord, span: Span, newText: string): TextEdit {
  return { path: record.file.path, range: record.file.rangeOf(span), newText };
}

/** Deletes the record together with its line break, so no blank line is left. */
export function deleteRecord(record: ZoneRecord): TextEdit {
  const file = record.file;
  const start = file.positionAt(record.span.start);
  const end = file.positionAt(record.span.end);
  const lineStart = file.offsetAt({ line: start.line, character: 0 });
  const onlyRecordOnLine = file.text.slice(lineStart, record.span.start).trim() === '';
  const from = onlyRecordOnLine ? lineStart : record.span.start;
  const to = onlyRecordOnLine && end.line + 1 < file.lineCount ? file.offsetAt({ line: end.line + 1, character: 0 }) : file.lineEnd(end.line);
  return { path: file.path, range: file.rangeOf({ start: from, end: to }), newText: '' };
}

/**
 * Deletes several records. When a deleted record wrote the owner that the next kept record inherits (its owner
 * field is blank), the owner is written onto that record's line, so it keeps its name.
 */
export function deleteRecords(zone: Zone, records: readonly ZoneRecord[]): TextEdit[] {
  const deleted = new Set(records);
  const edits = records.map(deleteRecord);
  for (const record of records) {
    if (record.ownerInherited) continue;
    let next = recordAfter(zone, record);
    // Skip the deleted records that follow; if one of them writes its own owner, it is the one to hand it on.
    while (next && deleted.has(next) && next.ownerInherited) next = recordAfter(zone, next);
    if (!next || deleted.has(next) || !sameDocument(next.file, record.file) || !next.ownerInherited) continue;
    const line = next.file.positionAt(next.span.start).line;
    const lineStart = next.file.lineStarts[line]!;
    edits.push({ path: next.file.path, range: next.file.rangeOf({ start: lineStart, end: next.span.start }), newText: record.owner.text + ' ' });
  }
  return edits;
}

/** Inserts `line` as a new line right after the record's last line. */
export function insertLineAfter(record: ZoneRecord, line: string): TextEdit {
  const file = record.file;
  const lastLine = file.positionAt(record.span.end).line;
  const at = file.lineEnd(lastLine);
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  return { path: file.path, range: file.rangeOf({ start: at, end: at }), newText: eol + line };
}

/** How the record names its owner when a new record for `fqdn` is written in this zone's file. */
export function ownerText(fqdn: string, origin: string): string {
  if (fqdn === origin) return '@';
  if (origin !== '.' && fqdn.endsWith('.' + origin)) return fqdn.slice(0, -(origin.length + 1));
  return fqdn;
}

/** A TXT value as one or more quoted strings of at most 255 octets. */
export function quoteTxt(value: string): string {
  const escaped: string[] = [];
  let current = '';
  for (const ch of value) {
    const piece = ch === '"' || ch === '\\' ? '\\' + ch : ch;
    if (utf8Length(current) + utf8Length(ch) > 255) {
      escaped.push(current);
      current = '';
    }
    current += piece;
  }
  escaped.push(current);
  return escaped.map((s) => `"${s}"`).join(' ');
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
