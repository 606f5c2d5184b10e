import { SourceFile } from '../../text/source';
import type { FileReader } from '../../workspace';
import { startsRecordLine } from '../lexer';
import type { Comment, Directive, ParseProblem, Zone, ZoneRecord } from '../model';
import { initialState, parseZoneChunk, sameParserState, type ChunkParse, type ParserState } from '../parser';

/** Lines per chunk before the next record boundary ends it: small, so an edit re-parses and re-checks little. */
export const CHUNK_LINES = 48;

/**
 * A stretch of the checked file between two record boundaries, parsed on its own as a SourceFile of its own
 * (offsets and lines local to it), given the parser state where it starts.
 */
export interface Chunk {
  file: ChunkFile;
  /** Offset of its first character in the document. */
  start: number;
  /** Document line of its first line. */
  startLine: number;
  stateIn: ParserState;
  parse: ChunkParse;
}

/** A chunk's text as a SourceFile: its path is the document's, tagged, so findings say which chunk they are in. */
export class ChunkFile extends SourceFile {
  /** Document line of the chunk's first line, kept current as edits above it add or remove lines. */
  lineBase = 0;

  constructor(
    readonly documentPath: string,
    id: number,
    text: string,
  ) {
    super(`${documentPath}${CHUNK_TAG}${id}`, text);
  }

  /** Line breaks in the chunk (it ends with one unless it is the document's last). */
  get breaks(): number {
    return this.lineStarts.length - 1;
  }
}

export const CHUNK_TAG = '#mailzone-chunk-';

export interface ZoneChange {
  zone: Zone;
  /** True when everything was parsed anew (first text, or a change of the origin). */
  full: boolean;
  removed: ZoneRecord[];
  added: ZoneRecord[];
  droppedChunks: Chunk[];
  newChunks: Chunk[];
  /** True when a kept chunk now starts on another line (the edit added or removed line breaks above it). */
  linesMoved: boolean;
}

/**
 * A zone file kept as chunks: each update finds the chunks whose text changed, re-parses them (and the
 * following ones while the parser state at their start differs), and keeps every other chunk, its records
 * and their objects as they were. The Zone it returns is the one parseZone would return, except that records
 * live in chunk files instead of the document (see ChunkFile).
 */
export class ChunkedZone {
  private chunks: Chunk[] = [];
  private text = '';
  private start: (ParserState & { originKnown: boolean }) | undefined;
  private nextId = 0;
  private byOwner = new Map<string, ZoneRecord[]>();
  private records: ZoneRecord[] = [];

  constructor(
    readonly path: string,
    private readonly reader: FileReader,
    private readonly chunkLines = CHUNK_LINES,
  ) {}

  get chunkList(): readonly Chunk[] {
    return this.chunks;
  }

  update(text: string): ZoneChange {
    const head = initialState(new SourceFile(this.path, text), { reader: this.reader });
    if (!this.start || this.chunks.length === 0 || head.origin !== this.start.origin || head.originKnown !== this.start.originKnown) {
      return this.rebuild(text, head);
    }
    const region = this.changedRegion(text);
    if (!region) return this.change(text, false, [], [], [], []);
    const { first, end } = region;
    let state = first > 0 ? this.chunks[first - 1]!.parse.end : this.start;
    const delta = text.length - this.text.length;
    const regionStart = first < this.chunks.length ? this.chunks[first]!.start : this.text.length;
    const regionEnd = end < this.chunks.length ? this.chunks[end]!.start + delta : text.length;
    const fresh: Chunk[] = [];
    for (const [from, to] of chunkSpans(text, regionStart, regionEnd, this.chunkLines)) {
      const chunk = this.parseChunk(text.slice(from, to), from, state);
      fresh.push(chunk);
      state = chunk.parse.end;
    }
    // A changed state (a new $TTL, $ORIGIN, owner carried on) reaches into the unchanged chunks that follow.
    let last = end;
    while (last < this.chunks.length && !sameParserState(state, this.chunks[last]!.stateIn)) {
      const old = this.chunks[last]!;
      const chunk = this.parseChunk(old.file.text, old.start + delta, state);
      fresh.push(chunk);
      state = chunk.parse.end;
      last++;
    }
    const dropped = this.chunks.slice(first, last);
    const kept = this.chunks.slice(last);
    for (const chunk of kept) chunk.start += delta;
    this.chunks = [...this.chunks.slice(0, first), ...fresh, ...kept];
    return this.change(
      text,
      false,
      dropped.flatMap((c) => c.parse.records),
      fresh.flatMap((c) => c.parse.records),
      dropped,
      fresh,
    );
  }

  private rebuild(text: string, start: ParserState & { originKnown: boolean }): ZoneChange {
    this.start = start;
    const dropped = this.chunks;
    this.chunks = [];
    let state: ParserState = start;
    for (const [from, to] of chunkSpans(text, 0, text.length, this.chunkLines)) {
      const chunk = this.parseChunk(text.slice(from, to), from, state);
      this.chunks.push(chunk);
      state = chunk.parse.end;
    }
    if (this.chunks.length === 0) this.chunks.push(this.parseChunk('', 0, state));
    return this.change(text, true, dropped.flatMap((c) => c.parse.records), this.chunks.flatMap((c) => c.parse.records), dropped, this.chunks);
  }

  /**
   * The old chunks [first, end) whose text is not found unchanged in `text`: those before `first` match its
   * head, those from `end` on its tail. undefined when nothing changed.
   */
  private changedRegion(text: string): { first: number; end: number } | undefined {
    const chunks = this.chunks;
    const delta = text.length - this.text.length;
    let first = 0;
    while (first < chunks.length && text.startsWith(chunks[first]!.file.text, chunks[first]!.start)) first++;
    if (first === chunks.length) {
      if (delta === 0) return undefined;
      first = chunks.length - 1; // text added at the end may continue the last line
    }
    // The region must start on a line that starts a record (else an open `(` before it would reach into it).
    while (first > 0 && !startsRecordLine(text, chunks[first]!.start)) first--;
    const regionStart = chunks[first]!.start;
    let end = chunks.length;
    while (end > first) {
      const chunk = chunks[end - 1]!;
      const at = chunk.start + delta;
      if (at < regionStart || !text.startsWith(chunk.file.text, at)) break;
      end--;
    }
    // The kept tail must start on a fresh line of the new text, one that starts a record (the old first chunk
    // started at the top of the file, which needs neither).
    while (end < chunks.length) {
      const at = chunks[end]!.start + delta;
      const before = text.charCodeAt(at - 1);
      if (at === 0 || ((before === 10 || before === 13) && startsRecordLine(text, at))) break;
      end++;
    }
    return { first, end };
  }

  private parseChunk(text: string, start: number, state: ParserState): Chunk {
    const file = new ChunkFile(this.path, this.nextId++, text);
    return { file, start, startLine: 0, stateIn: state, parse: parseZoneChunk(file, this.path, state, this.reader) };
  }

  private change(text: string, full: boolean, removed: ZoneRecord[], added: ZoneRecord[], droppedChunks: Chunk[], newChunks: Chunk[]): ZoneChange {
    this.text = text;
    let line = 0;
    let linesMoved = false;
    const fresh = new Set(newChunks);
    for (const chunk of this.chunks) {
      if (!fresh.has(chunk) && chunk.startLine !== line) linesMoved = true;
      chunk.startLine = line;
      chunk.file.lineBase = line;
      line += chunk.file.breaks;
    }
    this.records = this.chunks.flatMap((c) => c.parse.records);
    this.records.forEach((record, index) => (record.index = index));
    if (full) this.byOwner = groupByOwner(this.records);
    else updateOwners(this.byOwner, removed, added);
    return { zone: this.zone(text), full, removed, added, droppedChunks, newChunks, linesMoved };
  }

  private zone(text: string): Zone {
    return new ChunkedZoneModel(new SourceFile(this.path, text), this.start!, this.chunks, this.records, this.byOwner);
  }
}

/** The Zone of a ChunkedZone's current text; the lists nobody may need are gathered on first use. */
class ChunkedZoneModel implements Zone {
  readonly origin: string;
  readonly originKnown: boolean;
  private lists: { directives: Directive[]; comments: Comment[]; problems: ParseProblem[]; files: SourceFile[] } | undefined;

  constructor(
    readonly file: SourceFile,
    start: { origin: string; originKnown: boolean },
    private readonly chunks: readonly Chunk[],
    readonly records: ZoneRecord[],
    readonly byOwner: Map<string, ZoneRecord[]>,
  ) {
    this.origin = start.origin;
    this.originKnown = start.originKnown;
  }

  private get gathered() {
    if (!this.lists) {
      const parses = this.chunks.map((c) => c.parse);
      this.lists = {
        directives: parses.flatMap((p) => p.directives),
        comments: parses.flatMap((p) => p.comments),
        problems: parses.flatMap((p) => p.problems),
        files: [this.file, ...parses.flatMap((p) => p.files)],
      };
    }
    return this.lists;
  }

  get directives(): Directive[] {
    return this.gathered.directives;
  }

  get comments(): Comment[] {
    return this.gathered.comments;
  }

  get problems(): ParseProblem[] {
    return this.gathered.problems;
  }

  get files(): SourceFile[] {
    return this.gathered.files;
  }
}

/** [from, to) stretches of `text` between from and to, cut at record lines after every `chunkLines` lines. */
export function chunkSpans(text: string, from: number, to: number, chunkLines = CHUNK_LINES): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  let lines = 0;
  let pos = from;
  while (pos < to) {
    const newline = text.indexOf('\n', pos);
    if (newline < 0 || newline + 1 >= to) break;
    pos = newline + 1;
    if (++lines >= chunkLines && startsRecordLine(text, pos)) {
      spans.push([start, pos]);
      start = pos;
      lines = 0;
    }
  }
  if (start < to) spans.push([start, to]);
  return spans;
}

function groupByOwner(records: readonly ZoneRecord[]): Map<string, ZoneRecord[]> {
  const byOwner = new Map<string, ZoneRecord[]>();
  for (const record of records) {
    const list = byOwner.get(record.owner.fqdn);
    if (list) list.push(record);
    else byOwner.set(record.owner.fqdn, [record]);
  }
  return byOwner;
}

function updateOwners(byOwner: Map<string, ZoneRecord[]>, removed: readonly ZoneRecord[], added: readonly ZoneRecord[]): void {
  const gone = new Set(removed);
  const touched = new Set<string>();
  for (const record of removed) touched.add(record.owner.fqdn);
  for (const record of added) touched.add(record.owner.fqdn);
  const incoming = groupByOwner(added);
  for (const owner of touched) {
    const list = [...(byOwner.get(owner) ?? []).filter((r) => !gone.has(r)), ...(incoming.get(owner) ?? [])];
    list.sort((a, b) => a.index - b.index);
    if (list.length > 0) byOwner.set(owner, list);
    else byOwner.delete(owner);
  }
}
