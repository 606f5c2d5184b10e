import type { Span } from '../text/source';

/**
 * nginx's configuration tokenizer (the rules of ngx_conf_read_token): words end at whitespace, `;` and `{`
 * (not at `}`, and `${` keeps a variable name together); quotes only open a string at the start of a word;
 * `#` only starts a comment at the start of a word; a backslash takes the next character literally.
 */

export type TokenKind = 'word' | 'open' | 'close' | 'semicolon' | 'comment' | 'opaque';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Unescaped value of a word. */
  value: string;
  quote?: '"' | "'";
}

export interface LexProblem {
  messageId: 'unterminated-quote' | 'after-quote';
  span: Span;
  args?: Record<string, string>;
}

export interface LexResult {
  tokens: Token[];
  problems: LexProblem[];
}

/** Block directives whose body is another language (OpenResty's `*_by_lua_block`). */
export function isOpaqueBlockName(name: string): boolean {
  return /_by_lua_block$|^lua_\w+_block$|_by_njs_block$/.test(name);
}

/** Space, tab, CR, LF: what separates words. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

export function tokenize(text: string): LexResult {
  const tokens: Token[] = [];
  const problems: LexProblem[] = [];
  let statementFirstWord: string | undefined;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (code === 35 /* # */) {
      const end = lineEnd(text, i);
      tokens.push({ kind: 'comment', start: i, end, value: text.slice(i, end) });
      i = end;
      continue;
    }
    if (code === 59 /* ; */ || code === 125 /* } */) {
      tokens.push({ kind: code === 59 ? 'semicolon' : 'close', start: i, end: i + 1, value: code === 59 ? ';' : '}' });
      statementFirstWord = undefined;
      i++;
      continue;
    }
    if (code === 123 /* { */) {
      tokens.push({ kind: 'open', start: i, end: i + 1, value: '{' });
      if (statementFirstWord !== undefined && isOpaqueBlockName(statementFirstWord)) {
        const close = matchingBrace(text, i + 1);
        tokens.push({ kind: 'opaque', start: i + 1, end: close, value: text.slice(i + 1, close) });
        i = close;
      } else i++;
      statementFirstWord = undefined;
      continue;
    }
    const token = code === 34 /* " */ || code === 39 /* ' */ ? readQuoted(text, i, problems) : readWord(text, i);
    tokens.push(token);
    if (statementFirstWord === undefined) statementFirstWord = token.value;
    i = token.end;
    if (token.quote && i < text.length) {
      const next = text.charCodeAt(i);
      // Anything but a separator, `)` or `}` right after a closing quote.
      if (!isSpace(next) && next !== 59 && next !== 123 && next !== 41 && next !== 125) {
        problems.push({ messageId: 'after-quote', span: { start: i, end: i + 1 }, args: { char: text[i]! } });
      }
    }
  }
  return { tokens, problems };
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    i++;
  }
  return i;
}

function readWord(text: string, start: number): Token {
  let i = start;
  let previous = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \ */ && i + 1 < text.length) {
      // An escaped CR LF is taken whole: stopping between the two would put the word's end inside a line break.
      i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      previous = 0;
      continue;
    }
    if (code === 123 /* { */ && previous === 36 /* $ */) {
      previous = code;
      i++;
      continue;
    }
    if (isSpace(code) || code === 59 /* ; */ || code === 123 /* { */) break;
    previous = code;
    i++;
  }
  const raw = text.slice(start, i);
  return { kind: 'word', start, end: i, value: unescape(raw) };
}

function readQuoted(text: string, start: number, problems: LexProblem[]): Token {
  const quote = text[start] as '"' | "'";
  const quoteCode = text.charCodeAt(start);
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 92 /* \\ */ && i + 1 < text.length) {
      i += 2;
      continue;
    }
    if (code === quoteCode) {
      return { kind: 'word', start, end: i + 1, value: unescape(text.slice(start + 1, i)), quote };
    }
    i++;
  }
  problems.push({ messageId: 'unterminated-quote', span: { start, end: start + 1 } });
  return { kind: 'word', start, end: text.length, value: unescape(text.slice(start + 1)), quote };
}

/** nginx unescapes `\"`, `\'`, `\\`, `\t`, `\r`, `\n` and keeps other backslashes. */
export function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(["'\\tnr])/g, (_whole, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/**
 * The offset of the `}` closing an opaque (Lua) block that starts at `from`, skipping Lua strings and
 * comments; the end of the text when it is not closed.
 */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '-' && text[i + 1] === '-') {
      i = lineEnd(text, i);
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < text.length && text[i] !== ch && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '[' && text[i + 1] === '[') {
      const close = text.indexOf(']]', i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
    i++;
  }
  return text.length;
}
