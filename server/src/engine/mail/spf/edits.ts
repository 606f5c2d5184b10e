import { recordAfter, recordBefore, sameDocument } from '../../zone/neighbors';
import type { Finding, TextEdit } from '../../diagnostics';
import type { Span } from '../../text/source';
import type { Zone } from '../../zone/model';
import type { ValueRange } from './ast';
import type { SpfRecordInfo } from './records';
import { MAX_STRING_OCTETS, quoteTxt, utf8Length } from '../txt/strings';
import type { ZoneRecord } from '../../zone/model';

/** Source span of a value range; an empty range falls back to `fallback` (usually the term) so it shows. */
export function sourceSpan(info: SpfRecordInfo, range: ValueRange, fallback?: ValueRange): Span {
  const chosen = range.start === range.end && fallback ? fallback : range;
  return info.value.toSource(chosen.start, chosen.end);
}

/** Where a finding on this record goes: the span, and the file when it is not the checked one. */
export function locate(zone: Zone, info: SpfRecordInfo, range: ValueRange, fallback?: ValueRange): Pick<Finding, 'span' | 'path'> {
  const span = sourceSpan(info, range, fallback);
  return info.record.file === zone.file ? { span } : { span, path: info.record.file.path };
}

/** Whether a value range lies inside one character-string (so its source text is one contiguous piece). */
export function withinOneString(info: SpfRecordInfo, range: ValueRange): boolean {
  return !info.joins.some((j) => j > range.start && j < range.end);
}

/** An edit replacing value[range] with `newText`; undefined when the range straddles two strings. */
export function valueEdit(info: SpfRecordInfo, range: ValueRange, newText: string): TextEdit | undefined {
  if (!withinOneString(info, range)) return undefined;
  const span = range.start === range.end ? insertionPoint(info, range.start) : info.value.toSource(range.start, range.end);
  return { path: info.record.file.path, range: info.record.file.rangeOf(span), newText };
}

/** Inserting at a value position: after the previous character, so text typed at a join stays in its string. */
function insertionPoint(info: SpfRecordInfo, at: number): Span {
  if (at === 0) {
    const offset = info.value.sourceOffset(0);
    return { start: offset, end: offset };
  }
  const offset = info.value.toSource(at - 1, at).end;
  return { start: offset, end: offset };
}

/** An edit deleting term `range` with one neighbouring space, or undefined when it cannot be cut cleanly. */
export function removeRangeEdit(info: SpfRecordInfo, range: ValueRange): TextEdit | undefined {
  const value = info.value.value;
  const candidates: ValueRange[] = [];
  if (value[range.start - 1] === ' ') candidates.push({ start: range.start - 1, end: range.end });
  if (value[range.end] === ' ') candidates.push({ start: range.start, end: range.end + 1 });
  candidates.push(range);
  for (const candidate of candidates) {
    const edit = valueEdit(info, candidate, '');
    if (edit) return edit;
  }
  return undefined;
}

/** Text of the record with `range` replaced, for fix titles that show the result. */
export function replaced(value: string, range: ValueRange, text: string): string {
  return value.slice(0, range.start) + text + value.slice(range.end);
}

/** Appends a term at the end of the value; in a new string when the last one has no room left. */
export function appendTerm(info: SpfRecordInfo, term: string): TextEdit {
  const { record, value } = info;
  const strings = record.txt!.strings;
  const last = strings[strings.length - 1]!;
  const needsSpace = !value.value.endsWith(' ');
  const text = (needsSpace ? ' ' : '') + term;
  if (last.octets + text.length > MAX_STRING_OCTETS || !last.quoted) {
    const at = record.file.rangeOf({ start: last.span.end, end: last.span.end });
    return { path: record.file.path, range: at, newText: ` "${text}"` };
  }
  const offset = last.span.end - 1;
  return { path: record.file.path, range: record.file.rangeOf({ start: offset, end: offset }), newText: text };
}

/**
 * Edits that delete a record: its whole lines when nothing else shares them. When the next record
 * inherits this record's owner (blank owner field), that owner is written onto the next record first.
 */
export function deleteRecordEdits(zone: Zone, record: ZoneRecord): TextEdit[] {
  const file = record.file;
  const text = file.text;
  const startLine = file.positionAt(record.span.start).line;
  const lineStart = file.lineStarts[startLine]!;
  const endLine = file.positionAt(record.span.end).line;
  const afterRecord = text.slice(record.span.end, file.lineEnd(endLine));
  const wholeLines = text.slice(lineStart, record.span.start).trim() === '' && /^\s*(;.*)?$/.test(afterRecord);
  const span = wholeLines ? { start: lineStart, end: file.lineEnd(endLine, false) } : record.span;
  const edits: TextEdit[] = [{ path: file.path, range: file.rangeOf(span), newText: '' }];
  const next = recordAfter(zone, record);
  const previous = recordBefore(zone, record);
  const ownerWouldChange = !previous || !sameDocument(previous.file, file) || previous.owner.fqdn !== record.owner.fqdn;
  if (next && next.ownerInherited && !record.ownerInherited && sameDocument(next.file, file) && ownerWouldChange) {
    // The next record may sit in another chunk of the same document (an incremental parse): its own coordinates.
    const nextFile = next.file;
    const nextLineStart = nextFile.lineStarts[nextFile.positionAt(next.span.start).line]!;
    if (nextFile !== file || nextLineStart >= span.end) {
      edits.push({ path: nextFile.path, range: nextFile.rangeOf({ start: nextLineStart, end: nextLineStart }), newText: record.owner.text });
    }
  }
  return edits;
}

/** Quoted strings holding `value`, each at most 255 octets, cut after spaces where possible. */
export function quotedStrings(value: string, max = MAX_STRING_OCTETS): string[] {
  const out: string[] = [];
  let rest = value;
  while (utf8Length(rest) > max) {
    let cut = 0;
    let octets = 0;
    for (const c of rest) {
      const size = utf8Length(c);
      if (octets + size > max) break;
      octets += size;
      cut += c.length;
    }
    const space = rest.lastIndexOf(' ', cut - 1);
    const at = space > 0 ? space + 1 : cut;
    out.push(quoteTxt(rest.slice(0, at)));
    rest = rest.slice(at);
  }
  out.push(quoteTxt(rest));
  return out;
}
