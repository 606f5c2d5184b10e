import type { Position, Range } from 'vscode-languageserver-types';
import type { Zone, ZoneRecord } from './model';
import { ZoneMemo } from './zone-memo';

/** Views that hold only some records (an incremental re-lint) keep the whole list here for neighbour lookups. */
const allRecords = new ZoneMemo<readonly ZoneRecord[]>();

export function withAllRecords(view: Zone, records: readonly ZoneRecord[]): Zone {
  allRecords.set(view, records);
  return view;
}

/** Every record of the zone, also when `zone` is a view holding only some. */
export function allRecordsOf(zone: Zone): readonly ZoneRecord[] {
  return allRecords.get(zone) ?? zone.records;
}

/** The record written right after `record` in the zone (any owner), by its index. */
export function recordAfter(zone: Zone, record: ZoneRecord): ZoneRecord | undefined {
  return (allRecords.get(zone) ?? zone.records)[record.index + 1];
}

export function recordBefore(zone: Zone, record: ZoneRecord): ZoneRecord | undefined {
  return (allRecords.get(zone) ?? zone.records)[record.index - 1];
}

/** Whether two files are the same document: chunks of one document (an incremental parse) count as one. */
export function sameDocument(a: { path: string; documentPath?: string }, b: { path: string; documentPath?: string }): boolean {
  return a === b || documentPath(a) === documentPath(b);
}

/** The path of the document `file` is part of: a chunk of an incremental parse knows it. */
export function documentPath(file: { path: string; documentPath?: string }): string {
  return file.documentPath ?? file.path;
}

/**
 * The document line of `offset` in `file`, 0-based: a chunk of an incremental parse knows where it starts.
 * Only zone-wide rules may put it in a message (their findings are never kept across edits).
 */
export function documentLine(file: { positionAt(offset: number): { line: number }; lineBase?: number }, offset: number): number {
  return file.positionAt(offset).line + (file.lineBase ?? 0);
}

type Located = { rangeOf(span: { start: number; end: number }): Range; positionAt(offset: number): Position; lineBase?: number };

/** A position in document coordinates (a chunk of an incremental parse adds the line it starts on). */
export function documentPosition(file: Located, offset: number): Position {
  const position = file.positionAt(offset);
  return file.lineBase ? { line: position.line + file.lineBase, character: position.character } : position;
}

/** A span of `file` as a range of the document: from `from`'s file to `to`'s when a run crosses chunks. */
export function documentRange(file: Located, span: { start: number; end: number }, endFile: Located = file): Range {
  return { start: documentPosition(file, span.start), end: documentPosition(endFile, span.end) };
}
