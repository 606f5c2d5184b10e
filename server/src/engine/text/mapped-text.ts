import type { Span } from './source';

/**
 * A decoded string (a TXT value, a joined set of character-strings) that remembers, for every character,
 * where it came from in the source file. Grammars (SPF, DKIM, DMARC, …) parse `value` and report spans in
 * value coordinates; `toSource` turns them into source spans.
 */
export class MappedText {
  /**
   * Instead of sourceOffsets: pairs (value position, source offset) where a contiguous run of one-to-one
   * characters starts, in order (a TXT value without escapes: one pair per string instead of 8 bytes a character).
   */
  private runs: number[] | undefined = undefined;
  /** With one run only (no `runs`): the source offset of value[0], or -1 when the arrays are used. */
  private runStart = -1;
  /** With runs: the source offset just past the last character. */
  private runsEnd = 0;

  constructor(
    readonly value: string,
    /** sourceOffsets[i] = source offset of value[i]; one extra entry = source offset just past the last char. */
    private readonly sourceOffsets: Int32Array | number[],
    /** sourceEnds[i] = source offset just past the source text of value[i] (differs from start for escapes). */
    private readonly sourceEnds?: Int32Array | number[],
  ) {}

  /**
   * A value made of runs that each map one-to-one onto the source: `runs` holds (value position, source
   * offset) pairs in order, non-empty runs only; `end` is the source offset just past the last character.
   */
  static fromRuns(value: string, runs: number[], end: number): MappedText {
    const mapped = new MappedText(value, EMPTY_OFFSETS);
    if (runs.length === 2 && runs[1]! + value.length === end) mapped.runStart = runs[1]!;
    else mapped.runs = runs.slice(); // exactly its length: a list grown by push reserves 17 places
    mapped.runsEnd = end;
    return mapped;
  }

  /** Source offset of value[i], 0 <= i < length, in the runs representation. */
  private runOffset(i: number): number {
    if (this.runStart >= 0) return this.runStart + i;
    const runs = this.runs!;
    let lo = 0;
    let hi = (runs.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (runs[mid * 2]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo * 2 + 1]! + (i - runs[lo * 2]!);
  }

  private get mappedByRuns(): boolean {
    return this.runStart >= 0 || this.runs !== undefined;
  }

  private offsetAt(at: number): number {
    if (!this.mappedByRuns) return this.sourceOffsets[at]!;
    return at === this.value.length ? this.runsEnd : this.runOffset(at);
  }

  /** A plain mapping where value[i] sits at base + i. */
  static contiguous(value: string, base: number): MappedText {
    return MappedText.fromRuns(value, value.length > 0 ? [0, base] : [], base + value.length);
  }

  get length(): number {
    return this.value.length;
  }

  /** Source offset of value position `i` (0..length). */
  sourceOffset(i: number): number {
    const n = this.value.length;
    const at = Math.max(0, Math.min(i, n));
    return this.offsetAt(at);
  }

  /** Source span covering value[start, end). An empty range maps to an empty span at start. */
  toSource(start: number, end: number): Span {
    const n = this.value.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const o = this.offsetAt(s);
      return { start: o, end: o };
    }
    const last = e - 1;
    if (this.mappedByRuns) return { start: this.runOffset(s), end: this.runOffset(last) + 1 };
    const lastEnd = this.sourceEnds ? this.sourceEnds[last]! : this.sourceOffsets[last]! + 1;
    return { start: this.sourceOffsets[s]!, end: lastEnd };
  }

  /** Value position of a source offset, or -1 when the offset is not inside the mapped text. */
  fromSource(offset: number): number {
    const n = this.value.length;
    if (this.runStart >= 0) {
      const i = offset - this.runStart;
      return i >= 0 && i <= n && n > 0 ? i : -1;
    }
    const runs = this.runs;
    if (runs !== undefined) {
      for (let r = 0; r < runs.length; r += 2) {
        const length = (r + 2 < runs.length ? runs[r + 2]! : n) - runs[r]!;
        const source = runs[r + 1]!;
        if (offset >= source && offset < source + length) return runs[r]! + (offset - source);
      }
      return n > 0 && offset === this.runOffset(n - 1) + 1 ? n : -1;
    }
    for (let i = 0; i < n; i++) {
      const start = this.sourceOffsets[i]!;
      const end = this.sourceEnds ? this.sourceEnds[i]! : start + 1;
      if (offset >= start && offset < end) return i;
    }
    if (n > 0 && offset === (this.sourceEnds ? this.sourceEnds[n - 1]! : this.sourceOffsets[n - 1]! + 1)) return n;
    return -1;
  }

  slice(start: number, end: number): MappedText {
    const s = Math.max(0, Math.min(start, this.value.length));
    const e = Math.max(s, Math.min(end, this.value.length));
    const offsets = new Int32Array(e - s + 1);
    for (let i = s; i <= e; i++) offsets[i - s] = this.offsetAt(i);
    let ends: Int32Array | undefined;
    if (this.sourceEnds) {
      ends = new Int32Array(e - s);
      for (let i = s; i < e; i++) ends[i - s] = this.sourceEnds[i]!;
    }
    return new MappedText(this.value.slice(s, e), offsets, ends);
  }
}

const EMPTY_OFFSETS = new Int32Array(0);
