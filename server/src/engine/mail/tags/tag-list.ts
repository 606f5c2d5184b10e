import { MappedText } from '../../text/mapped-text';
import type { Span } from '../../text/source';
import { compactList } from '../../text/compact';

/**
 * The `tag=value; tag=value` list shared by DKIM (RFC 6376 §3.2), DMARC, MTA-STS, TLS-RPT and BIMI.
 * Positions are in value coordinates of the joined TXT value; `spanOf` maps them to the source file.
 */
export interface Tag {
  /** The name as written (tag names are case-sensitive in DKIM). */
  name: string;
  /** The value without surrounding whitespace. */
  value: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** From the first character of the name to the last of the value. */
  start: number;
  end: number;
  /** Where the whole `tag=value` spec sits, separators excluded but surrounding whitespace included. */
  specStart: number;
  specEnd: number;
  /** Position in the list, 0-based. */
  index: number;
}

export type TagListProblemKind = 'missing-equals' | 'empty-name' | 'bad-name' | 'duplicate';

export interface TagListProblem {
  kind: TagListProblemKind;
  start: number;
  end: number;
  /** The tag name involved, when there is one. */
  name?: string;
}

export interface TagList {
  text: MappedText;
  tags: readonly Tag[];
  problems: readonly TagListProblem[];
}


export function parseTagList(input: MappedText | string): TagList {
  const text = typeof input === 'string' ? MappedText.contiguous(input, 0) : input;
  const value = text.value;
  const tags: Tag[] = [];
  const problems: TagListProblem[] = [];
  let specStart = 0;
  while (specStart <= value.length) {
    let specEnd = value.indexOf(';', specStart);
    if (specEnd < 0) specEnd = value.length;
    const tag = parseSpec(value, specStart, specEnd, tags.length, problems);
    if (tag) {
      // Lists hold a handful of tags: a scan is cheaper than a set per list.
      if (tags.some((earlier) => earlier.name === tag.name)) problems.push({ kind: 'duplicate', start: tag.nameStart, end: tag.nameEnd, name: tag.name });
      tags.push(tag);
    }
    specStart = specEnd + 1;
  }
  return { text, tags: compactList(tags), problems: compactList(problems) };
}

function parseSpec(value: string, from: number, to: number, index: number, problems: TagListProblem[]): Tag | undefined {
  const start = trimStart(value, from, to);
  const end = trimEnd(value, start, to);
  if (start === end) return undefined;
  const equals = value.indexOf('=', start);
  if (equals < 0 || equals >= end) {
    problems.push({ kind: 'missing-equals', start, end });
    return undefined;
  }
  const nameStart = start;
  const nameEnd = trimEnd(value, start, equals);
  const valueStart = trimStart(value, equals + 1, end);
  const valueEnd = trimEnd(value, valueStart, end);
  const name = value.slice(nameStart, nameEnd);
  if (name === '') {
    problems.push({ kind: 'empty-name', start, end: equals + 1 });
    return undefined;
  }
  if (!isTagName(name)) problems.push({ kind: 'bad-name', start: nameStart, end: nameEnd, name });
  return new ParsedTag(common(name), common(value.slice(valueStart, valueEnd)), nameStart, valueStart === valueEnd ? equals + 1 : valueStart, from, to, index);
}

/**
 * A tag whose ends, `start` and `end` follow from its texts and starts: a large zone holds hundreds of
 * thousands of tags, and each number kept is 8 bytes on every one.
 */
class ParsedTag implements Tag {
  constructor(
    readonly name: string,
    readonly value: string,
    readonly nameStart: number,
    readonly valueStart: number,
    readonly specStart: number,
    readonly specEnd: number,
    readonly index: number,
  ) {}

  get nameEnd(): number {
    return this.nameStart + this.name.length;
  }

  get valueEnd(): number {
    return this.valueStart + this.value.length;
  }

  get start(): number {
    return this.nameStart;
  }

  get end(): number {
    return this.valueEnd;
  }
}

/**
 * Short texts that recur in every record (`v`, `rua`, `DKIM1`, `reject`, `ed25519`) as one shared string each
 * rather than a copy per tag; longer ones (keys, addresses) are rarely the same and stay as they are.
 */
function common(text: string): string {
  if (text.length > COMMON_MAX_LENGTH) return text;
  const kept = commonTexts.get(text);
  if (kept !== undefined) return kept;
  if (commonTexts.size >= COMMON_MAX_COUNT) commonTexts.clear();
  commonTexts.set(text, text);
  return text;
}

const COMMON_MAX_LENGTH = 12;
const COMMON_MAX_COUNT = 4096;
const commonTexts = new Map<string, string>();

/** The first position in [from, to) that is not whitespace (`to` when there is none). */
function trimStart(value: string, from: number, to: number): number {
  let start = from;
  while (start < to && isWhitespace(value.charCodeAt(start))) start++;
  return start;
}

/** The end of [from, to) without trailing whitespace (at least `from`). */
function trimEnd(value: string, from: number, to: number): number {
  let end = to;
  while (end > from && isWhitespace(value.charCodeAt(end - 1))) end--;
  return end;
}

function trim(value: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isWhitespace(value.charCodeAt(start))) start++;
  while (end > start && isWhitespace(value.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** SP, tab, CR, LF: the folding whitespace of RFC 6376 §3.2. */
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** `[A-Za-z][A-Za-z0-9_]*` */
function isTagName(name: string): boolean {
  const first = name.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) return false;
  }
  return true;
}

export function findTag(list: TagList, name: string): Tag | undefined {
  return list.tags.find((tag) => tag.name === name);
}

/** Finds a tag ignoring case (DMARC and the others compare tag names case-insensitively in practice). */
export function findTagIgnoringCase(list: TagList, name: string): Tag | undefined {
  const lower = name.toLowerCase();
  return list.tags.find((tag) => tag.name.toLowerCase() === lower);
}

export function spanOf(list: TagList, start: number, end: number): Span {
  return list.text.toSource(start, end);
}

export function tagValueSpan(list: TagList, tag: Tag): Span {
  return spanOf(list, tag.valueStart, tag.valueEnd);
}

/** The tag whose spec holds value position `at` (used by hover and completion). */
export function tagAt(list: TagList, at: number): Tag | undefined {
  return list.tags.find((tag) => at >= tag.start && at <= tag.end);
}

/** Splits a tag's value on `separator`, giving each item with its value-coordinate range (items trimmed). */
export function splitTagValue(tag: Tag, separator: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  const value = tag.value;
  while (from <= value.length) {
    let to = value.indexOf(separator, from);
    if (to < 0) to = value.length;
    const [start, end] = trim(value, from, to);
    out.push({ text: value.slice(start, end), start: tag.valueStart + start, end: tag.valueStart + end });
    from = to + 1;
  }
  return out;
}
