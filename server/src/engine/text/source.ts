import { lastAtOrBefore } from './search';
import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets are UTF-16 code units into `text`, which is what LSP positions count too. */
export interface Span {
  start: number;
  end: number;
}

/** One file's text with a line table, so offsets and LSP positions convert both ways. */
export class SourceFile {
  private lineStartsCache: Uint32Array | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  get lineStarts(): Uint32Array {
    if (!this.lineStartsCache) this.lineStartsCache = computeLineStarts(this.text);
    return this.lineStartsCache;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** How far offsets reach: the text's length (a file kept without its text knows it otherwise). */
  protected get textLength(): number {
    return this.text.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    const line = lastAtOrBefore(starts.length, (i) => starts[i]!, clamped);
    return { line, character: clamped - starts[line]! };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line]!;
    const lineEnd = this.lineEnd(position.line, true);
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  spanOf(range: Range): Span {
    return { start: this.offsetAt(range.start), end: this.offsetAt(range.end) };
  }

  /** Offset of the end of `line`; with `includeBreak` false the CR/LF is excluded. */
  lineEnd(line: number, excludeBreak = true): number {
    const starts = this.lineStarts;
    const next = line + 1 < starts.length ? starts[line + 1]! : this.text.length;
    if (!excludeBreak || next === this.text.length && !endsWithBreak(this.text, next)) return next;
    let end = next;
    if (end > starts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > starts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}

function endsWithBreak(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 10 || c === 13;
}

export function computeLineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  const starts = new Uint32Array(count);
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts[n++] = i + 1;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts[n++] = i + 1;
  }
  return starts;
}
