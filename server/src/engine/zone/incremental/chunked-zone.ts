import { lastAtOrBefore } from '../../text/search';
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
  /** Offset of its first character in the document (its first line is `file.lineBase`). */
  start: number;
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
/** How much of the head initialOrigin (parser.ts) reads. */
const ORIGIN_HEAD = 65536;

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
  /**
   * The records that really changed: those of `removed` and `added` left over once each re-parsed record that
   * reads the same as a dropped one (owner, TTL, class, type, data) is paired with it.
   */
  changed: ZoneRecord[];
  /**
   * Unchanged chunks next to the re-parsed ones, up to the first with a record on each side: their records'
   * neighbours in the file (which fixes look at) may have changed.
   */
  neighbours: Chunk[];
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
  private byType = new Map<string, ZoneRecord[]>();
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
    // The origin comes from the file's head ($ORIGIN, SOA) and name: read it again only when the head changed.
    const headKept = this.start !== undefined && this.text.length > ORIGIN_HEAD && commonPrefix(this.text, text, ORIGIN_HEAD) === ORIGIN_HEAD;
    const head = headKept ? this.start! : initialState(new SourceFile(this.path, text), { reader: this.reader });
    if (!this.start || this.chunks.length === 0 || head.origin !== this.start.origin || head.originKnown !== this.start.originKnown) {
      return this.rebuild(text, head);
    }
    const region = this.changedRegion(text);
    if (!region) return this.change(text, false, [], [], [], [], []);
    const { first, end } = region;
    let state = first > 0 ? this.chunks[first - 1]!.parse.end : this.start;
    const delta = text.length - this.text.length;
    const regionStart = first < this.chunks.length ? this.chunks[first]!.start : this.text.length;
    const regionEnd = end < this.chunks.length ? this.chunks[end]!.start + delta : text.length;
    const fresh: Chunk[] = [];
    for (const [from, to] of chunkSpans(text, regionStart, regionEnd, this.chunkLines)) {
      const chunk = this.parseChunk(detach(text.slice(from, to)), from, state);
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
    let recordsBefore = 0;
    for (let i = 0; i < first; i++) recordsBefore += this.chunks[i]!.parse.records.length;
    this.chunks = [...this.chunks.slice(0, first), ...fresh, ...kept];
    const removed = dropped.flatMap((c) => c.parse.records);
    const added = fresh.flatMap((c) => c.parse.records);
    this.spliceRecords(recordsBefore, removed, added);
    return this.change(text, false, removed, added, dropped, fresh, neighbourChunks(this.chunks, first, first + fresh.length));
  }

  /**
   * Puts `added` where `removed` were (they are consecutive from `at` on) in the record list and in the groups,
   * and renumbers what follows. The lists are updated in place: a Zone this returned earlier is stale after it.
   */
  private spliceRecords(at: number, removed: readonly ZoneRecord[], added: readonly ZoneRecord[]): void {
    const end = at + removed.length;
    // Group members are in file order, so the removed ones are a consecutive run by their (old) index.
    spliceGroups(this.byOwner, ownerOf, at, end, removed, added);
    spliceGroups(this.byType, typeOf, at, end, removed, added);
    this.records.splice(at, removed.length, ...added);
    const records = this.records;
    for (let i = at; i < records.length; i++) records[i]!.index = i;
  }

  private rebuild(text: string, start: ParserState & { originKnown: boolean }): ZoneChange {
    this.start = start;
    const dropped = this.chunks;
    this.chunks = [];
    let state: ParserState = start;
    for (const [from, to] of chunkSpans(text, 0, text.length, this.chunkLines)) {
      const chunk = this.parseChunk(detach(text.slice(from, to)), from, state);
      this.chunks.push(chunk);
      state = chunk.parse.end;
    }
    if (this.chunks.length === 0) this.chunks.push(this.parseChunk('', 0, state));
    this.records = this.chunks.flatMap((c) => c.parse.records);
    this.records.forEach((record, index) => (record.index = index));
    this.byOwner = groupBy(this.records, ownerOf);
    this.byType = groupBy(this.records, typeOf);
    return this.change(text, true, dropped.flatMap((c) => c.parse.records), this.records, dropped, this.chunks, []);
  }

  /**
   * The old chunks [first, end) whose text is not found unchanged in `text`: those before `first` match its
   * head, those from `end` on its tail. undefined when nothing changed.
   */
  private changedRegion(text: string): { first: number; end: number } | undefined {
    const chunks = this.chunks;
    const old = this.text;
    if (old === text) return undefined;
    const delta = text.length - old.length;
    const prefix = commonPrefix(old, text);
    const suffix = Math.min(commonSuffix(old, text), Math.min(old.length, text.length) - prefix);
    // The chunk holding the first changed character; text added at the very end may continue the last line.
    let first = Math.max(0, chunkAt(chunks, Math.min(prefix, old.length - 1)));
    // The region must start on a line that starts a record (else an open `(` before it would reach into it).
    while (first > 0 && !startsRecordLine(text, chunks[first]!.start)) first--;
    // Chunks that start at or after the last changed character are kept, shifted.
    let end = chunkAt(chunks, old.length - suffix) + 1;
    if (end - 1 >= 0 && chunks[end - 1]!.start >= old.length - suffix) end--;
    end = Math.max(end, first);
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
    return { file, start, stateIn: state, parse: parseZoneChunk(file, this.path, state, this.reader) };
  }

  private change(
    text: string,
    full: boolean,
    removed: ZoneRecord[],
    added: ZoneRecord[],
    droppedChunks: Chunk[],
    newChunks: Chunk[],
    neighbours: Chunk[],
  ): ZoneChange {
    this.text = text;
    let line = 0;
    let linesMoved = false;
    const fresh = new Set(newChunks);
    for (const chunk of this.chunks) {
      if (!fresh.has(chunk) && chunk.file.lineBase !== line) linesMoved = true;
      chunk.file.lineBase = line;
      line += chunk.file.breaks;
    }
    const changed = full ? added : unpaired(removed, added);
    return { zone: this.zone(text), full, removed, added, droppedChunks, newChunks, linesMoved, changed, neighbours };
  }

  private zone(text: string): Zone {
    return new ChunkedZoneModel(new SourceFile(this.path, text), this.start!, this.chunks, this.records, this.byOwner, this.byType);
  }
}

/** The Zone of a ChunkedZone's current text; the lists nobody may need are gathered on first use. */
class ChunkedZoneModel implements Zone {
  readonly origin: string;
  readonly originKnown: boolean;
  memo: unknown[] | undefined = undefined;
  private directiveList: Directive[] | undefined;
  private commentList: Comment[] | undefined;
  private problemList: ParseProblem[] | undefined;
  private fileList: SourceFile[] | undefined;

  constructor(
    readonly file: SourceFile,
    start: { origin: string; originKnown: boolean },
    private readonly chunks: readonly Chunk[],
    readonly records: ZoneRecord[],
    readonly byOwner: Map<string, ZoneRecord[]>,
    readonly byType: Map<string, ZoneRecord[]>,
  ) {
    this.origin = start.origin;
    this.originKnown = start.originKnown;
  }

  get directives(): Directive[] {
    return (this.directiveList ??= this.chunks.flatMap((c) => c.parse.directives));
  }

  get comments(): Comment[] {
    return (this.commentList ??= this.chunks.flatMap((c) => c.parse.comments));
  }

  get problems(): ParseProblem[] {
    return (this.problemList ??= this.chunks.flatMap((c) => c.parse.problems));
  }

  get files(): SourceFile[] {
    return (this.fileList ??= [this.file, ...this.chunks.flatMap((c) => c.parse.files)]);
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

const ownerOf = (record: ZoneRecord) => record.owner.fqdn;
const typeOf = (record: ZoneRecord) => record.type;

function groupBy(records: readonly ZoneRecord[], key: (record: ZoneRecord) => string): Map<string, ZoneRecord[]> {
  const groups = new Map<string, ZoneRecord[]>();
  for (const record of records) {
    const k = key(record);
    const list = groups.get(k);
    if (list) list.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}

/** What a record says, for pairing a re-parsed record with the one it replaces. */
function recordKey(record: ZoneRecord): string {
  const data = record.rdata.map((field) => field.text).join(' ');
  return `${record.owner.fqdn} ${record.ownerInherited} ${record.ttl} ${record.effectiveTtl} ${record.rrclass} ${record.type} ${data}`;
}

function unpaired(removed: readonly ZoneRecord[], added: readonly ZoneRecord[]): ZoneRecord[] {
  const pending = new Map<string, number>();
  for (const record of removed) {
    const key = recordKey(record);
    pending.set(key, (pending.get(key) ?? 0) + 1);
  }
  const changed: ZoneRecord[] = [];
  for (const record of added) {
    const key = recordKey(record);
    const left = pending.get(key) ?? 0;
    if (left > 0) pending.set(key, left - 1);
    else changed.push(record);
  }
  for (const record of removed) {
    const key = recordKey(record);
    const left = pending.get(key) ?? 0;
    if (left > 0) {
      pending.set(key, left - 1);
      changed.push(record);
    }
  }
  return changed;
}

/** Index of the chunk that holds `offset` (the last one starting at or before it). */
function chunkAt(chunks: readonly Chunk[], offset: number): number {
  return lastAtOrBefore(chunks.length, (i) => chunks[i]!.start, offset);
}

const BLOCK = 4096;

/** Length of the longest common prefix: block by block (string comparison is a memory compare), then by character. */
export function commonPrefix(a: string, b: string, limit = Infinity): number {
  const max = Math.min(a.length, b.length, limit);
  let at = 0;
  while (at + BLOCK <= max && a.substring(at, at + BLOCK) === b.substring(at, at + BLOCK)) at += BLOCK;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

export function commonSuffix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= max && a.substring(a.length - n - BLOCK, a.length - n) === b.substring(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * Replaces, in each group, the members with an index in [at, end) (the removed records, consecutive in file
 * order) by the added records of that group.
 */
function spliceGroups(
  groups: Map<string, ZoneRecord[]>,
  key: (record: ZoneRecord) => string,
  at: number,
  end: number,
  removed: readonly ZoneRecord[],
  added: readonly ZoneRecord[],
): void {
  const touched = new Set<string>();
  for (const record of removed) touched.add(key(record));
  const incoming = groupBy(added, key);
  for (const k of incoming.keys()) touched.add(k);
  for (const k of touched) {
    const list = groups.get(k) ?? [];
    let from = 0;
    let hi = list.length;
    while (from < hi) {
      const mid = (from + hi) >>> 1;
      if (list[mid]!.index < at) from = mid + 1;
      else hi = mid;
    }
    let to = from;
    while (to < list.length && list[to]!.index < end) to++;
    list.splice(from, to - from, ...(incoming.get(k) ?? []));
    if (list.length === 0) groups.delete(k);
    else if (!groups.has(k)) groups.set(k, list);
  }
}

/**
 * A copy of `piece` that does not keep its source alive: V8 makes a slice of a long string a view of it, and
 * each chunk re-parsed after an edit would otherwise hold that edit's whole document text.
 */
export function detach(piece: string): string {
  return (piece + ' ').slice(0, -1);
}

/** The chunks around [from, to): backwards and forwards, each up to and including the first that has a record. */
function neighbourChunks(chunks: readonly Chunk[], from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  for (let i = from - 1; i >= 0; i--) {
    out.push(chunks[i]!);
    if (chunks[i]!.parse.records.length > 0) break;
  }
  for (let i = to; i < chunks.length; i++) {
    out.push(chunks[i]!);
    if (chunks[i]!.parse.records.length > 0) break;
  }
  return out;
}
