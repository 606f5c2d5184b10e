import { MappedText } from '../text/mapped-text';
import type { RdataField, TxtString } from './model';

/** Octets of a character-string's content after unescaping (`\DDD` and `\X` count one). */
export function contentOctets(field: RdataField): number {
  const text = field.text;
  const start = field.quoted ? 1 : 0;
  const end = field.quoted && text.length > 1 && text.endsWith('"') && !escapedQuoteAtEnd(text) ? text.length - 1 : text.length;
  let octets = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i += isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) ? 3 : 1;
      octets++;
    } else if (c < 0x80) octets++;
    else if (c < 0x800) octets += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      octets += 4;
      i++;
    } else octets += 3;
  }
  return octets;
}

function escapedQuoteAtEnd(text: string): boolean {
  let backslashes = 0;
  for (let i = text.length - 2; i > 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function txtStrings(fields: RdataField[]): TxtString[] {
  return fields.map((field) => ({ span: field.span, quoted: field.quoted, octets: contentOctets(field) }));
}

/**
 * Joins the character-strings of a TXT record (RFC 7208 §3.3: no separator) and maps every decoded
 * character back to the source. `\DDD` decodes to the character with that code (an octet).
 * Runs without escapes are copied as slices: a large zone joins millions of characters.
 */
export function joinTxt(fields: RdataField[]): MappedText {
  return joinPlain(fields) ?? joinEscaped(fields);
}

/** The quote-less content range of a field's text. */
function contentEnd(field: RdataField): number {
  const text = field.text;
  return field.quoted && text.length > 1 && text.endsWith('"') && !escapedQuoteAtEnd(text) ? text.length - 1 : text.length;
}

/** Without escapes every character maps one-to-one: one run per string (undefined when there are escapes). */
function joinPlain(fields: RdataField[]): MappedText | undefined {
  for (const field of fields) if (field.text.indexOf('\\') >= 0) return undefined;
  const runs: number[] = [];
  const pieces: string[] = [];
  let n = 0;
  let end = -1;
  for (const field of fields) {
    const from = field.quoted ? 1 : 0;
    const to = contentEnd(field);
    if (to <= from) continue;
    const base = field.span.start;
    runs.push(n, base + from);
    pieces.push(field.text.slice(from, to));
    n += to - from;
    end = base + to;
  }
  if (n === 0) {
    const last = fields[fields.length - 1];
    end = last ? last.span.end : 0;
  }
  return MappedText.fromRuns(pieces.length === 1 ? pieces[0]! : pieces.join(''), runs, end);
}

export function unquoteText(text: string, quoted: boolean): string {
  return quoted ? text.slice(1, -1) : text;
}

function joinEscaped(fields: RdataField[]): MappedText {
  let capacity = 0;
  for (const field of fields) capacity += field.text.length;
  const starts = new Int32Array(capacity + 1);
  const ends = new Int32Array(capacity);
  const pieces: string[] = [];
  let n = 0;
  for (const field of fields) {
    const text = field.text;
    const base = field.span.start;
    const from = field.quoted ? 1 : 0;
    const to = field.quoted && text.length > 1 && text.endsWith('"') && !escapedQuoteAtEnd(text) ? text.length - 1 : text.length;
    let run = from;
    for (let i = from; i < to; i++) {
      starts[n] = base + i;
      if (text.charCodeAt(i) !== 92 || i + 1 >= to) {
        ends[n++] = base + i + 1;
        continue;
      }
      if (i > run) pieces.push(text.slice(run, i));
      if (isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
        pieces.push(String.fromCharCode(Number(text.slice(i + 1, i + 4)) & 0xff));
        ends[n++] = base + i + 4;
        i += 3;
      } else {
        pieces.push(text[i + 1]!);
        ends[n++] = base + i + 2;
        i += 1;
      }
      run = i + 1;
    }
    if (to > run) pieces.push(text.slice(run, to));
  }
  const last = fields[fields.length - 1];
  starts[n] = n > 0 ? ends[n - 1]! : last ? last.span.end : 0;
  return new MappedText(pieces.join(''), starts.subarray(0, n + 1), ends.subarray(0, n));
}

/** Offset (in the field's text) of a `\\DDD` escape above 255, or -1. */
export function badEscapeAt(field: RdataField): number {
  const text = field.text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    if (isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && Number(text.slice(i + 1, i + 4)) > 255) return i;
    i++;
  }
  return -1;
}
