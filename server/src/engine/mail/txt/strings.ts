import type { ZoneRecord, TxtString } from '../../zone/model';
import type { MappedText } from '../../text/mapped-text';

/** The TXT character-strings RFC 1035 §3.3 limits to 255 octets each. */
export const MAX_STRING_OCTETS = 255;

/** One character-string of a TXT record and the part of the joined value it holds. */
export interface TxtPiece {
  string: TxtString;
  /** Value range [start, end) of this string's decoded characters. */
  start: number;
  end: number;
}

/** The record's strings with their value ranges, in order. Empty when the record has no decoded TXT. */
export function txtPieces(record: ZoneRecord): TxtPiece[] {
  if (!record.txt) return [];
  const { strings, value } = record.txt;
  const pieces: TxtPiece[] = [];
  let at = 0;
  for (const string of strings) {
    const start = at;
    while (at < value.length && value.sourceOffset(at) < string.span.end) at++;
    pieces.push({ string, start, end: at });
  }
  return pieces;
}

/** Value positions where one string ends and the next begins (where RFC 7208 §3.3 joins without a space). */
export function joinPoints(record: ZoneRecord): number[] {
  const length = record.txt?.value.length ?? 0;
  const points = txtPieces(record)
    .slice(1)
    .map((piece) => piece.start)
    .filter((at) => at > 0 && at < length);
  return [...new Set(points)];
}

/** Source text that spells value[i] (an escape such as `\059` or `\"` stays as written). */
export function sourceTextOf(text: string, value: MappedText, i: number): string {
  const span = value.toSource(i, i + 1);
  return text.slice(span.start, span.end);
}

/** Octets value[i] takes on the wire: an escape is one octet, other characters their UTF-8 length. */
export function charOctets(value: MappedText, source: string, i: number): number {
  const written = sourceTextOf(source, value, i);
  if (written.length > 1 && written[0] === '\\') return /^\\\d{3}$/.test(written) ? 1 : utf8Length(written.slice(1));
  return utf8Length(value.value[i]!);
}

/** UTF-8 length of a UTF-16 string; a lone high surrogate counts the whole pair, a low one nothing. */
export function utf8Length(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) octets += 1;
    else if (c < 0x800) octets += 2;
    else if (c >= 0xd800 && c <= 0xdbff) octets += 4;
    else if (c >= 0xdc00 && c <= 0xdfff) octets += 0;
    else octets += 3;
  }
  return octets;
}

/** A zone-file quoted string holding `text`: quotes and backslashes escaped, controls as `\DDD`. */
export function quoteTxt(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (code < 0x20 || code === 0x7f) out += '\\' + String(code).padStart(3, '0');
    else out += c;
  }
  return out + '"';
}
