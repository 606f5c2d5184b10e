import type { Span } from '../text/source';
import { allDigits } from '../text/digits';

/**
 * A word or quoted string of a zone entry (parentheses and comments are consumed by the lexer). It is also
 * the model's RdataField: one object per rdata field, its span computed on demand, because a large zone has
 * millions of them. The lexer itself only records positions; the parser makes Tokens for rdata and
 * directive arguments.
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
  start: number;
  end: number;
  /** True when the `;` directly follows a token with no blank in between. */
  attached: boolean;
}

/**
 * One logical entry: the tokens of a line, or of several lines joined by `( … )`. The lexer reuses one Entry
 * (and its arrays) for every entry: the parser copies out what it keeps before asking for the next.
 */
export interface Entry {
  /** Offset of the entry's first character (the start of its first line). */
  lineStart: number;
  /** True when the first line starts with a blank (the owner is inherited). */
  startsWithBlank: boolean;
  /** Number of tokens; token i spans starts[i]..ends[i], quoted[i] = 1 for a `"…"` string. */
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  quoted: Uint8Array;
  /** Token texts when they differ from the source (records made by $GENERATE); else undefined. */
  texts: string[] | undefined;
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

/** The text of token `i` of `entry` in `text`. */
export function tokenText(entry: Entry, text: string, i: number): string {
  return entry.texts !== undefined ? entry.texts[i]! : text.slice(entry.starts[i]!, entry.ends[i]!);
}

/** Tokens `from`… of `entry` as objects (rdata fields, directive arguments). */
export function entryTokens(entry: Entry, text: string, from: number): Token[] {
  const count = entry.count;
  const out = new Array<Token>(Math.max(0, count - from));
  for (let i = from; i < count; i++) out[i - from] = new Token(tokenText(entry, text, i), entry.starts[i]!, entry.ends[i]!, entry.quoted[i] === 1);
  return out;
}

/**
 * Splits zone text into entries. Never throws; an unterminated quote ends at the end of its line, an
 * unclosed `(` is reported at the `(` and the entry ends before the next line that starts a new record in
 * column 0 (so later records are not swallowed).
 */
export class ZoneLexer {
  private pos = 0;
  private readonly entry: Entry = {
    lineStart: 0,
    startsWithBlank: false,
    count: 0,
    starts: new Int32Array(16),
    ends: new Int32Array(16),
    quoted: new Uint8Array(16),
    texts: undefined,
    comments: [],
    parenOpen: -1,
    parenClose: -1,
    problems: [],
  };

  constructor(private readonly text: string) {}

  get offset(): number {
    return this.pos;
  }

  /** The next entry: the same object each time, valid until the next call. */
  next(): Entry | undefined {
    const text = this.text;
    const length = text.length;
    if (this.pos >= length) return undefined;
    const entry = this.entry;
    entry.lineStart = this.pos;
    entry.startsWithBlank = isBlank(text.charCodeAt(this.pos));
    entry.count = 0;
    if (entry.comments.length > 0) entry.comments.length = 0;
    if (entry.problems.length > 0) entry.problems.length = 0;
    entry.parenOpen = -1;
    entry.parenClose = -1;
    let depth = 0;
    let pos = this.pos;
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (c === SPACE || c === TAB) {
        pos++;
        continue;
      }
      if (c === LF || c === CR) {
        pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        if (depth === 0) break;
        if (startsRecordLine(text, pos)) {
          entry.problems.push({ rule: 'zone/unclosed-paren', span: { start: entry.parenOpen, end: entry.parenOpen + 1 } });
          depth = 0;
          break;
        }
        continue;
      }
      if (c === SEMI) {
        const end = lineEndFrom(text, pos);
        const prev = pos > 0 ? text.charCodeAt(pos - 1) : SPACE;
        entry.comments.push({ start: pos, end, attached: !isBlank(prev) && !isBreak(prev) && entry.count > 0 });
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

  private push(entry: Entry, start: number, end: number, quoted: number): void {
    let n = entry.count;
    if (n === entry.starts.length) {
      const starts = new Int32Array(n * 2);
      starts.set(entry.starts);
      entry.starts = starts;
      const ends = new Int32Array(n * 2);
      ends.set(entry.ends);
      entry.ends = ends;
      const q = new Uint8Array(n * 2);
      q.set(entry.quoted);
      entry.quoted = q;
    }
    entry.starts[n] = start;
    entry.ends[n] = end;
    entry.quoted[n] = quoted;
    entry.count = ++n;
  }

  private readQuoted(start: number, entry: Entry): number {
    const end = quotedEnd(this.text, start);
    if (end >= 0) {
      this.push(entry, start, end, 1);
      return end;
    }
    const pos = -end - 1;
    entry.problems.push({ rule: 'zone/syntax', messageId: 'unterminated-string', span: { start, end: pos } });
    this.push(entry, start, pos, 1);
    return pos;
  }

  private readWord(start: number, entry: Entry): number {
    const end = wordEnd(this.text, start);
    this.push(entry, start, end, 0);
    return end;
  }
}

/** End of the `"…"` string at `start` (past the closing quote); when unterminated, -(end) - 1. */
function quotedEnd(text: string, start: number): number {
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
    if (c === QUOTE) return pos + 1;
    if (isBreak(c)) break;
    pos++;
  }
  return -Math.min(pos, text.length) - 1;
}

/** End of the word at `start`. */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let pos = start;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (c > RPAREN) {
      if (c === SEMI) break;
      if (c === BACKSLASH) {
        pos = Math.min(pos + 2, length);
        if (isBreak(text.charCodeAt(pos - 1))) pos--;
        continue;
      }
      pos++;
      continue;
    }
    if (isBlank(c) || isBreak(c) || c === LPAREN || c === RPAREN || c === QUOTE) break;
    pos++;
  }
  return pos;
}

/**
 * The tokens between `from` and `to` of one entry, as the lexer found them: a record keeps the range of its
 * rdata and makes its fields again when asked (parentheses, comments and line breaks in between are skipped).
 */
export function lexFields(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let pos = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === SPACE || c === TAB || c === LF || c === CR || c === LPAREN || c === RPAREN) {
      pos++;
      continue;
    }
    if (c === SEMI) {
      pos = lineEndFrom(text, pos);
      continue;
    }
    const start = pos;
    if (c === QUOTE) {
      const end = quotedEnd(text, start);
      pos = end >= 0 ? end : -end - 1;
      out.push(new Token(text.slice(start, pos), start, pos, true));
    } else {
      pos = wordEnd(text, start);
      out.push(new Token(text.slice(start, pos), start, pos, false));
    }
  }
  return out;
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
  // Words of the line up to a `;`, split at blanks. Other white space (which trim() would also drop) takes
  // the general path below.
  const length = text.length;
  let words = 0;
  let at = pos;
  while (at < length) {
    let ch = text.charCodeAt(at);
    if (ch === LF || ch === CR || ch === SEMI) break;
    if (ch === SPACE || ch === TAB) {
      at++;
      continue;
    }
    const start = at;
    while (ch > SPACE && ch < 0x7f && ch !== SEMI) ch = text.charCodeAt(++at);
    if (at < length && ch !== SPACE && ch !== TAB && ch !== LF && ch !== CR && ch !== SEMI) return startsRecordLineSlow(text, pos);
    if (words === 0) {
      if (allDigits(text, start, at)) return false;
    } else if (words < 4 && isKnownTypeWord(text, start, at)) {
      // The old rule looked at words 1..3 only when the line had at least two words, which this is.
      return true;
    }
    words++;
  }
  return false;
}

function isKnownTypeWord(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false;
  return KNOWN_TYPE_WORDS.has(text.slice(start, end).toUpperCase());
}

function startsRecordLineSlow(text: string, pos: number): boolean {
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
