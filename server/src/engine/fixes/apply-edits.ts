import type { Position, Range } from 'vscode-languageserver-types';
import type { TextEdit } from '../diagnostics';
import { SourceFile } from '../text/source';

/** Thrown when two edits of one application touch the same text: their result would depend on order. */
export class OverlappingEditsError extends Error {
  constructor(readonly first: TextEdit, readonly second: TextEdit) {
    super(`overlapping edits at ${first.range.start.line + 1}:${first.range.start.character + 1} and ${second.range.start.line + 1}:${second.range.start.character + 1}`);
  }
}

/**
 * Applies `edits` (all meant for this text; their `path` is not consulted) to `text` and returns the new text.
 * Ranges refer to the original text. Insertions at one point keep their given order. This is the one place
 * where MailZone turns an edit list into text: the CLI's --fix, fix-all and the tests all come through here.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const file = new SourceFile('', text);
  const located = edits
    .map((edit, order) => ({ edit, order, start: file.offsetAt(edit.range.start), end: file.offsetAt(edit.range.end) }))
    .map((e) => (e.end < e.start ? { ...e, end: e.start } : e))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  for (let i = 1; i < located.length; i++) {
    const previous = located[i - 1]!;
    if (located[i]!.start < previous.end) throw new OverlappingEditsError(previous.edit, located[i]!.edit);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const { edit, start, end } of located) {
    parts.push(text.slice(cursor, start), edit.newText);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when the two ranges share text, or are the same insertion point (whose order would be ambiguous). */
export function rangesConflict(a: Range, b: Range): boolean {
  const aEmpty = comparePositions(a.start, a.end) === 0;
  const bEmpty = comparePositions(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return comparePositions(a.start, b.start) === 0;
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/**
 * Replaces VS Code snippet syntax with plain text for clients that cannot render tab stops:
 * `${1:name}` becomes `name`, `$1` / `${1}` vanish, `\$`, `\}` and `\\` lose their backslash.
 */
export function stripSnippet(newText: string): string {
  let out = '';
  for (let i = 0; i < newText.length; i++) {
    const c = newText[i]!;
    const next = newText[i + 1] ?? '';
    if (c === '\\' && '$}\\'.includes(next) && next !== '') {
      out += next;
      i++;
    } else if (c === '$' && /\d/.test(next)) {
      while (/\d/.test(newText[i + 1] ?? '')) i++;
    } else if (c === '$' && next === '{' && /\d/.test(newText[i + 2] ?? '')) {
      let j = i + 2;
      while (/\d/.test(newText[j] ?? '')) j++;
      const close = matchingBrace(newText, j);
      if (newText[j] === ':') out += stripSnippet(newText.slice(j + 1, close));
      i = close;
    } else out += c;
  }
  return out;
}

/** Index of the `}` closing a placeholder whose body starts at `from` (nested `${…}` and escapes skipped). */
function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** One edit that turns `before` into `after`: the changed middle between their common prefix and suffix. */
export function diffAsEdit(path: string, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  // Never split a CR LF pair or a surrogate pair between the kept and the replaced text.
  while (prefix > 0 && splitsPair(before, prefix)) prefix--;
  while (suffix > 0 && splitsPair(before, before.length - suffix)) suffix--;
  const file = new SourceFile(path, before);
  return {
    path,
    range: { start: file.positionAt(prefix), end: file.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
