import type { Span } from '../text/source';

/**
 * A word or quoted string of a zone entry (parentheses and comments are consumed by the lexer). It is also
 * the model's RdataField: one object per token, its span computed on demand, because a large zone has
 * millions of them.
 */
export class Token {
  constructor(
    /** Raw source text (quotes and escapes included). */
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly quoted: boolean,
  ) {}

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

export interface LexComment {
  span: Span;
  text: string;
  /** True when the `;` directly follows a token with no blank in between. */
  attached: boolean;
}

/** One logical entry: the tokens of a line, or of several lines joined by `( … )`. */
export interface Entry {
  /** Offset of the entry's first character (the start of its first line). */
  lineStart: number;
  /** True when the first line starts with a blank (the owner is inherited). */
  startsWithBlank: boolean;
  tokens: Token[];
  comments: LexComment[];
  /** Span of the `(` … `)` when present; `end` = -1 when never closed. */
  parenOpen: number;
  parenClose: number;
  problems: LexProblem[];
}

export interface LexProblem {
  rule: string;
  messageId?: string;
  span: Span;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const SEMI = 59;
const QUOTE = 34;
const BACKSLASH = 92;
const LPAREN = 40;
const RPAREN = 41;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}

/**
 * Splits zone text into entries. Never throws; an unterminated quote ends at the end of its line, an
 * unclosed `(` is reported at the `(` and the entry ends before the next line that starts a new record in
 * column 0 (so later records are not swallowed).
 */
export class ZoneLexer {
  private pos = 0;

  constructor(private readonly text: string) {}

  get offset(): number {
    return this.pos;
  }

  next(): Entry | undefined {
    const text = this.text;
    const length = text.length;
    if (this.pos >= length) return undefined;
    const entry: Entry = {
      lineStart: this.pos,
      startsWithBlank: isBlank(text.charCodeAt(this.pos)),
      tokens: [],
      comments: [],
      parenOpen: -1,
      parenClose: -1,
      problems: [],
    };
    let depth = 0;
    let pos = this.pos;
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (isBlank(c)) {
        pos++;
        continue;
      }
      if (isBreak(c)) {
        pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        if (depth === 0) break;
        if (this.startsNewRecord(pos)) {
          entry.problems.push({ rule: 'zone/unclosed-paren', span: { start: entry.parenOpen, end: entry.parenOpen + 1 } });
          depth = 0;
          break;
        }
        continue;
      }
      if (c === SEMI) {
        const end = lineEndFrom(text, pos);
        const prev = pos > 0 ? text.charCodeAt(pos - 1) : SPACE;
        entry.comments.push({
          span: { start: pos, end },
          text: text.slice(pos + 1, end),
          attached: !isBlank(prev) && !isBreak(prev) && entry.tokens.length > 0,
        });
        pos = end;
        continue;
      }
      if (c === LPAREN) {
        if (depth > 0) entry.problems.push({ rule: 'zone/nested-paren', span: { start: pos, end: pos + 1 } });
        else if (entry.parenOpen < 0) entry.parenOpen = pos;
        depth++;
        pos++;
        continue;
      }
      if (c === RPAREN) {
        if (depth === 0) {
          entry.problems.push({ rule: 'zone/syntax', messageId: 'unexpected-close-paren', span: { start: pos, end: pos + 1 } });
        } else {
          depth--;
          if (depth === 0) entry.parenClose = pos;
        }
        pos++;
        continue;
      }
      if (c === QUOTE) {
        pos = this.readQuoted(pos, entry);
        continue;
      }
      pos = this.readWord(pos, entry);
    }
    if (depth > 0 && pos >= length) {
      entry.problems.push({ rule: 'zone/unclosed-paren', span: { start: entry.parenOpen, end: entry.parenOpen + 1 } });
    }
    this.pos = pos;
    return entry;
  }

  private readQuoted(start: number, entry: Entry): number {
    const text = this.text;
    let pos = start + 1;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === BACKSLASH) {
        // A backslash does not carry an unterminated string over its line break (CR LF would be split).
        if (isBreak(text.charCodeAt(pos + 1))) {
          pos++;
          break;
        }
        pos += 2;
        continue;
      }
      if (c === QUOTE) {
        entry.tokens.push(new Token(text.slice(start, pos + 1), start, pos + 1, true));
        return pos + 1;
      }
      if (isBreak(c)) break;
      pos++;
    }
    pos = Math.min(pos, text.length);
    entry.problems.push({ rule: 'zone/syntax', messageId: 'unterminated-string', span: { start, end: pos } });
    entry.tokens.push(new Token(text.slice(start, pos), start, pos, true));
    return pos;
  }

  private readWord(start: number, entry: Entry): number {
    const text = this.text;
    let pos = start;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === BACKSLASH) {
        pos = Math.min(pos + 2, text.length);
        if (isBreak(text.charCodeAt(pos - 1))) pos--;
        continue;
      }
      if (isBlank(c) || isBreak(c) || c === SEMI || c === LPAREN || c === RPAREN || c === QUOTE) break;
      pos++;
    }
    entry.tokens.push(new Token(text.slice(start, pos), start, pos, false));
    return pos;
  }

  private startsNewRecord(pos: number): boolean {
    return startsRecordLine(this.text, pos);
  }
}

/**
 * Does the line at `pos` start a new record? It must begin in column 0 with a `$` directive, or with an owner
 * followed (after optional TTL/class) by a record type. An open `(` ends before such a line, so an incremental
 * re-parse may also start at one.
 */
export function startsRecordLine(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (pos >= text.length || isBlank(c) || isBreak(c) || c === SEMI || c === RPAREN || c === QUOTE || c === LPAREN) return false;
  if (c === 36 /* $ */) return true;
  const line = text.slice(pos, lineEndFrom(text, pos)).split(';', 1)[0]!;
  const words = line.trim().split(/[ \t]+/);
  if (words.length < 2 || /^\d+$/.test(words[0]!)) return false;
  for (let i = 1; i < Math.min(words.length, 4); i++) {
    if (KNOWN_TYPE_WORDS.has(words[i]!.toUpperCase())) return true;
  }
  return false;
}

export function lineEndFrom(text: string, pos: number): number {
  let end = pos;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  return end;
}

/** Types whose presence after an owner marks a line as a record (used only for recovery). */
const KNOWN_TYPE_WORDS = new Set(['SOA', 'NS', 'A', 'AAAA', 'MX', 'TXT', 'CNAME', 'SRV', 'PTR', 'CAA', 'SPF', 'DS', 'DNSKEY', 'TLSA', 'HTTPS', 'SVCB', 'NAPTR', 'IN']);
