import type { ValueRange } from './ast';

/** RFC 7208 §7.2 macro letters; c, r and t belong to explanation text only (§7.3). */
const MACRO_LETTERS = 'slodiphcrtv';
const EXP_ONLY_LETTERS = 'crt';
const DELIMITERS = '.-+,/_=';

export interface MacroIssue {
  code: 'macro' | 'exp-only-macro' | 'bad-char';
  messageId: string;
  range: ValueRange;
  args?: Record<string, string | number>;
}

export interface MacroScan {
  issues: MacroIssue[];
  /** Whether any `%{…}` expansion occurs (the name then depends on the message being checked). */
  hasExpansions: boolean;
  /** Whether the text ends with a macro-expand (`%{…}`, `%%`, `%_`, `%-`), which is a valid domain-end. */
  endsWithMacro: boolean;
}

/**
 * Reads a macro-string (RFC 7208 §7.1): literals are visible ASCII but `%`; `%` starts `%{letter digits r
 * delimiters}`, `%%`, `%_` or `%-`. `base` is the value offset of text[0], so ranges land in the record.
 */
export function scanMacroString(text: string, base: number): MacroScan {
  const issues: MacroIssue[] = [];
  let hasExpansions = false;
  let endsWithMacro = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 37) {
      if (code < 0x21 || code > 0x7e) issues.push({ code: 'bad-char', messageId: 'badChar', range: { start: base + i, end: base + i + 1 }, args: { char: describeChar(text[i]!) } });
      endsWithMacro = false;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      endsWithMacro = true;
      i += 2;
      continue;
    }
    if (next !== '{') {
      const end = next === undefined ? i + 1 : i + 2;
      issues.push({ code: 'macro', messageId: next === undefined ? 'lonePercent' : 'badEscape', range: { start: base + i, end: base + end }, args: { text: text.slice(i, end) } });
      endsWithMacro = false;
      i = end;
      continue;
    }
    const close = text.indexOf('}', i + 2);
    if (close < 0) {
      issues.push({ code: 'macro', messageId: 'unclosed', range: { start: base + i, end: base + text.length }, args: { text: text.slice(i) } });
      return { issues, hasExpansions: true, endsWithMacro: false };
    }
    const issue = checkExpansion(text.slice(i + 2, close), { start: base + i, end: base + close + 1 });
    if (issue) issues.push(issue);
    hasExpansions = true;
    endsWithMacro = true;
    i = close + 1;
  }
  return { issues, hasExpansions, endsWithMacro };
}

/** The body between `%{` and `}`: one letter, optional digits (non-zero), optional `r`, delimiters. */
function checkExpansion(body: string, range: ValueRange): MacroIssue | undefined {
  const text = `%{${body}}`;
  const letter = body[0]?.toLowerCase();
  if (letter === undefined || !MACRO_LETTERS.includes(letter)) {
    return { code: 'macro', messageId: 'unknownLetter', range, args: { text, letter: body[0] ?? '' } };
  }
  const match = /^(\d*)(r?)(.*)$/i.exec(body.slice(1))!;
  const digits = match[1]!;
  const rest = match[3]!;
  if (digits !== '' && Number(digits) === 0) return { code: 'macro', messageId: 'zeroDigits', range, args: { text } };
  for (const c of rest) {
    if (!DELIMITERS.includes(c)) return { code: 'macro', messageId: 'badTransformer', range, args: { text, char: c } };
  }
  if (EXP_ONLY_LETTERS.includes(letter)) return { code: 'exp-only-macro', messageId: 'default', range, args: { text, letter } };
  return undefined;
}

export function isVisibleAscii(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e;
}

export function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x21 && code !== 0x7f) return c;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
