import type { Span } from './source';

/**
 * A decoded string (a TXT value, a joined set of character-strings) that remembers, for every character,
 * where it came from in the source file. Grammars (SPF, DKIM, DMARC, …) parse `value` and report spans in
 * value coordinates; `toSource` turns them into source spans.
 */
export class MappedText {
  constructor(
    readonly value: string,
    /** sourceOffsets[i] = source offset of value[i]; one extra entry = source offset just past the last char. */
    private readonly sourceOffsets: Int32Array | number[],
    /** sourceEnds[i] = source offset just past the source text of value[i] (differs from start for escapes). */
    private readonly sourceEnds?: Int32Array | number[],
  ) {}

  /** A plain mapping where value[i] sits at base + i. */
  static contiguous(value: string, base: number): MappedText {
    const offsets = new Int32Array(value.length + 1);
    for (let i = 0; i <= value.length; i++) offsets[i] = base + i;
    return new MappedText(value, offsets);
  }

  get length(): number {
    return this.value.length;
  }

  /** Source offset of value position `i` (0..length). */
  sourceOffset(i: number): number {
    const n = this.value.length;
    const at = Math.max(0, Math.min(i, n));
    return this.sourceOffsets[at]!;
  }

  /** Source span covering value[start, end). An empty range maps to an empty span at start. */
  toSource(start: number, end: number): Span {
    const n = this.value.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const o = this.sourceOffsets[s]!;
      return { start: o, end: o };
    }
    const last = e - 1;
    const lastEnd = this.sourceEnds ? this.sourceEnds[last]! : this.sourceOffsets[last]! + 1;
    return { start: this.sourceOffsets[s]!, end: lastEnd };
  }

  /** Value position of a source offset, or -1 when the offset is not inside the mapped text. */
  fromSource(offset: number): number {
    const n = this.value.length;
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
    for (let i = s; i <= e; i++) offsets[i - s] = this.sourceOffsets[i]!;
    let ends: Int32Array | undefined;
    if (this.sourceEnds) {
      ends = new Int32Array(e - s);
      for (let i = s; i < e; i++) ends[i - s] = this.sourceEnds[i]!;
    }
    return new MappedText(this.value.slice(s, e), offsets, ends);
  }
}
