import type { TextEdit } from '../../diagnostics';
import type { ZoneRecord } from '../../zone/model';
import { isSpfValue } from '../spf/parse';
import { charOctets, MAX_STRING_OCTETS, sourceTextOf, txtPieces, type TxtPiece } from './strings';

export interface SplitOptions {
  /** Largest string to produce; 255 unless a caller wants room for a later insertion. */
  maxOctets?: number;
}

/**
 * Edits that split every character-string of `record` longer than 255 octets into several strings, leaving
 * the others as written. The joined value does not change (RFC 7208 §3.3, RFC 6376 §3.6.2.2 join without a
 * separator), so any point is correct; the chosen points are the readable ones:
 * - SPF: after a space, so every string starts with a whole term;
 * - other values (DKIM keys, …): at the octet limit, and the strings go on separate lines inside `( … )`
 *   the way DNS consoles and `opendkim-genkey` lay them out.
 * Escapes are copied as written and never cut. Returns [] when no string is too long.
 */
export function splitTxtEdits(record: ZoneRecord, options: SplitOptions = {}): TextEdit[] {
  const txt = record.txt;
  if (!txt) return [];
  const max = options.maxOctets ?? MAX_STRING_OCTETS;
  const spf = isSpfValue(txt.value.value);
  const indent = continuationIndent(record);
  const edits: TextEdit[] = [];
  for (const piece of txtPieces(record)) {
    if (piece.string.octets <= max) continue;
    const chunks = splitPiece(record, piece, max, spf);
    const separator = spf ? ' ' : '\n' + indent;
    edits.push({ path: record.file.path, range: record.file.rangeOf(piece.string.span), newText: chunks.map((c) => `"${c}"`).join(separator) });
  }
  if (edits.length === 0 || spf || record.parens) return edits;
  return wrapInParens(record, edits);
}

/** The piece's characters, as source text, grouped into strings of at most `max` octets. */
function splitPiece(record: ZoneRecord, piece: TxtPiece, max: number, preferSpaces: boolean): string[] {
  const value = record.txt!.value;
  const source = record.file.text;
  const chars: Array<{ text: string; octets: number; space: boolean }> = [];
  for (let i = piece.start; i < piece.end; i++) {
    chars.push({ text: escapeForQuotes(sourceTextOf(source, value, i)), octets: charOctets(value, source, i), space: value.value[i] === ' ' });
  }
  const chunks: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let total = 0;
    while (end < chars.length && total + chars[end]!.octets <= max) total += chars[end++]!.octets;
    if (end < chars.length && preferSpaces) {
      let afterSpace = end;
      while (afterSpace > start && !chars[afterSpace - 1]!.space) afterSpace--;
      if (afterSpace > start) end = afterSpace;
    }
    if (end === start) end = start + 1;
    chunks.push(chars.slice(start, end).map((c) => c.text).join(''));
    start = end;
  }
  return chunks;
}

/** An unquoted string may hold a bare `"`; inside quotes it must be escaped. */
function escapeForQuotes(written: string): string {
  return written === '"' ? '\\"' : written;
}

/** Lines after the first line up under the first string. */
function continuationIndent(record: ZoneRecord): string {
  const first = record.txt?.strings[0];
  if (!first) return '\t';
  const position = record.file.positionAt(first.span.start);
  const lineText = record.file.lineText(position.line).slice(0, position.character);
  return lineText.replace(/[^\t]/g, ' ') + (record.parens ? '' : '  ');
}

/** Wraps the record's strings in `( … )` so the multi-line layout is valid zone syntax. */
function wrapInParens(record: ZoneRecord, edits: TextEdit[]): TextEdit[] {
  const strings = record.txt!.strings;
  const open = record.file.rangeOf({ start: strings[0]!.span.start, end: strings[0]!.span.start });
  const close = record.file.rangeOf({ start: strings[strings.length - 1]!.span.end, end: strings[strings.length - 1]!.span.end });
  return [{ path: record.file.path, range: open, newText: '( ' }, ...edits, { path: record.file.path, range: close, newText: ' )' }];
}
