import type { CompletionItem, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { Zone } from '../model';
import { documentRange } from '../neighbors';
import type { ChunkFile } from './chunked-zone';
import type { IncrementalZoneLint } from './session';
import { ZoneMemo } from '../zone-memo';
import { zoneView } from './owners-view';

/**
 * Hover, completion and go-to-definition in an incrementally linted zone, without parsing the document again.
 * The zone features look at the records of `zone.file` only, at offsets in that file: so they run on the linted
 * zone with the chunk holding the position as its checked file, at the chunk's own offset, and what they answer
 * in chunk coordinates goes back to the document's.
 */
export interface ChunkPlace {
  /** The whole linted zone (records, owners, origin) with the chunk as its checked file. */
  zone: Zone;
  file: ChunkFile;
  /** The position as an offset in the chunk. */
  offset: number;
}

/** Where a document position is among the chunks of `lint`, whose last update made `zone`. */
export function chunkPlace(lint: IncrementalZoneLint, zone: Zone, position: Position): ChunkPlace | undefined {
  const file = lint.chunkFileAt(position.line);
  if (!file) return undefined;
  // A line before the first chunk or past the last one clamps in the chunk as it would in the document.
  const offset = file.offsetAt({ line: position.line - file.lineBase, character: position.character });
  return { zone: chunkView(zone, file), file, offset };
}

/** A hover found at a ChunkPlace, its range in document coordinates. */
export function hoverInDocument(hover: Hover | undefined, file: ChunkFile): Hover | undefined {
  return hover?.range ? { ...hover, range: rangeInDocument(file, hover.range) } : hover;
}

/** Completions found at a ChunkPlace, their edits in document coordinates. */
export function completionsInDocument(items: CompletionItem[], file: ChunkFile): CompletionItem[] {
  return items.map((item) => {
    if (!item.textEdit && !item.additionalTextEdits) return item;
    const moved: CompletionItem = { ...item };
    const edit = item.textEdit;
    if (edit && 'range' in edit) moved.textEdit = { ...edit, range: rangeInDocument(file, edit.range) };
    else if (edit) moved.textEdit = { ...edit, insert: rangeInDocument(file, edit.insert), replace: rangeInDocument(file, edit.replace) };
    if (item.additionalTextEdits) moved.additionalTextEdits = item.additionalTextEdits.map((e): TextEdit => ({ ...e, range: rangeInDocument(file, e.range) }));
    return moved;
  });
}

function rangeInDocument(file: ChunkFile, range: Range): Range {
  return documentRange(file, file.spanOf(range));
}

/**
 * One view per linted zone and chunk: the mail hovers keep their SPF readings and lookup counts per Zone object,
 * so hovering again in the same chunk of the same version finds them.
 */
const views = new ZoneMemo<Map<ChunkFile, Zone>>();

function chunkView(zone: Zone, file: ChunkFile): Zone {
  let byChunk = views.get(zone);
  if (!byChunk) views.set(zone, (byChunk = new Map()));
  let view = byChunk.get(file);
  if (!view) {
    view = zoneView(zone, { file, records: zone.records, byOwner: zone.byOwner, byType: zone.byType });
    byChunk.set(file, view);
  }
  return view;
}
