import type { SourceFile } from '../../text/source';

/** RFC 1035 §3.3: a character-string is one length octet and at most 255 octets of data. */
export const MAX_CHARACTER_STRING_OCTETS = 255;

/**
 * Cuts the presentation text of a character-string (what sits between the quotes, escapes as written) into
 * pieces of at most `limit` octets. Cuts fall only between whole units: an escape (`\DDD`, `\x`) or a whole
 * character (never inside a UTF-8 sequence or a surrogate pair), so each piece decodes on its own.
 */
export function splitCharacterString(content: string, limit = MAX_CHARACTER_STRING_OCTETS): string[] {
  const pieces: string[] = [];
  let pieceStart = 0;
  let pieceOctets = 0;
  let i = 0;
  while (i < content.length) {
    const unit = unitAt(content, i);
    if (pieceOctets + unit.octets > limit && i > pieceStart) {
      pieces.push(content.slice(pieceStart, i));
      pieceStart = i;
      pieceOctets = 0;
    }
    pieceOctets += unit.octets;
    i += unit.length;
  }
  if (i > pieceStart || pieces.length === 0) pieces.push(content.slice(pieceStart));
  return pieces;
}

/** Octets the presentation text stands for once unescaped. */
export function characterStringOctets(content: string): number {
  let octets = 0;
  for (let i = 0; i < content.length; ) {
    const unit = unitAt(content, i);
    octets += unit.octets;
    i += unit.length;
  }
  return octets;
}

function unitAt(text: string, i: number): { length: number; octets: number } {
  const c = text.charCodeAt(i);
  if (c === 92 /* \ */ && i + 1 < text.length) {
    if (/^\d{3}$/.test(text.slice(i + 1, i + 4))) return { length: 4, octets: 1 };
    const escaped = charAt(text, i + 1);
    return { length: 1 + escaped.length, octets: escaped.octets };
  }
  return charAt(text, i);
}

function charAt(text: string, i: number): { length: number; octets: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { length: 1, octets: 1 };
  if (c < 0x800) return { length: 1, octets: 2 };
  const next = text.charCodeAt(i + 1);
  if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return { length: 2, octets: 4 };
  return { length: 1, octets: 3 };
}

/**
 * Writes pieces as quoted strings. One piece stays on its line; several go one per line, aligned under the
 * first, inside `( … )` unless the record already has parentheses open at that point.
 */
export function layoutQuotedPieces(pieces: string[], file: SourceFile, at: number, insideParens: boolean): string {
  const quoted = pieces.map((piece) => `"${piece}"`);
  if (quoted.length === 1) return quoted[0]!;
  const indent = indentationAt(file, at);
  if (insideParens) return quoted.join('\n' + indent);
  return `( ${quoted.join('\n' + indent + '  ')} )`;
}

/** Whitespace that lines a new line up with `offset`, keeping the tabs of the line it is on. */
function indentationAt(file: SourceFile, offset: number): string {
  const line = file.positionAt(offset).line;
  const before = file.text.slice(file.lineStarts[line], offset);
  return before.replace(/[^\t]/g, ' ');
}
