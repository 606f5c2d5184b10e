import type { Range } from 'vscode-languageserver-types';
import type { TextEdit } from '../diagnostics';
import type { Span } from '../text/source';
import type { Zone, ZoneRecord } from './model';
import { generatedSpans, spanKey } from './symbols';

const MAX_OWNER_COLUMN = 40;

interface Layout {
  record: ZoneRecord;
  /** From the start of the record's line up to its first rdata character (or the type's end). */
  prefix: Span;
  owner: string;
  ttl: string;
  rrclass: string;
  type: string;
  dataFollows: boolean;
}

/**
 * Aligns the owner, TTL, class and type columns of every record. Only the text before each record's data
 * is rewritten, and only when that text holds nothing but those fields and blanks: data, parentheses,
 * quoted strings and comments stay byte for byte, so the zone's content cannot change. TTL is written
 * before class (RFC 1035 §5.1 allows either order). With `range`, only records starting in it are touched.
 */
export function formatZone(zone: Zone, range?: Range): TextEdit[] {
  const generated = generatedSpans(zone);
  const layouts = zone.records
    .filter((r) => r.file === zone.file && (generated.size === 0 || !generated.has(spanKey(r))))
    .map((r) => layoutOf(zone, r))
    .filter((l) => l !== undefined);
  if (layouts.length === 0) return [];
  const widths = {
    owner: Math.min(MAX_OWNER_COLUMN, widest(layouts, (l) => l.owner)),
    ttl: widest(layouts, (l) => l.ttl),
    rrclass: widest(layouts, (l) => l.rrclass),
    type: widest(layouts, (l) => l.type),
  };
  const edits: TextEdit[] = [];
  for (const layout of layouts) {
    const line = zone.file.positionAt(layout.record.span.start).line;
    if (range && (line < range.start.line || line > range.end.line)) continue;
    const newText = render(layout, widths);
    if (newText === zone.file.text.slice(layout.prefix.start, layout.prefix.end)) continue;
    edits.push({ path: zone.file.path, range: zone.file.rangeOf(layout.prefix), newText });
  }
  return edits;
}

function render(layout: Layout, widths: { owner: number; ttl: number; rrclass: number; type: number }): string {
  let text = column(layout.owner, widths.owner);
  if (widths.ttl > 0) text += column(layout.ttl, widths.ttl);
  if (widths.rrclass > 0) text += column(layout.rrclass, widths.rrclass);
  return layout.dataFollows ? text + column(layout.type, widths.type) : text + layout.type;
}

// Math.max(...list) overflows the call stack on 100,000-record zones, hence the loop.
function widest(layouts: Layout[], field: (layout: Layout) => string): number {
  let width = 0;
  for (const layout of layouts) width = Math.max(width, field(layout).length);
  return width;
}

function column(value: string, width: number): string {
  return value.padEnd(width) + ' ';
}

function layoutOf(zone: Zone, record: ZoneRecord): Layout | undefined {
  const file = zone.file;
  const text = file.text;
  const lineStart = file.lineStarts[file.positionAt(record.span.start).line]!;
  let end = record.typeSpan.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  const dataFollows = end < text.length && text[end] !== '\n' && text[end] !== '\r';
  if (!dataFollows) end = record.typeSpan.end;
  const prefixText = text.slice(lineStart, end);
  if (/[\r\n();"\\]/.test(prefixText)) return undefined;
  const slice = (span: Span | undefined) => (span ? text.slice(span.start, span.end) : '');
  const layout: Layout = {
    record,
    prefix: { start: lineStart, end },
    owner: record.ownerInherited ? '' : record.owner.text,
    ttl: slice(record.ttlSpan),
    rrclass: slice(record.classSpan),
    type: slice(record.typeSpan),
    dataFollows,
  };
  const written = prefixText.split(/[ \t]+/).filter((t) => t.length > 0);
  const expected = [layout.owner, layout.ttl, layout.rrclass, layout.type].filter((t) => t.length > 0);
  if (record.ownerInherited && /^\S/.test(prefixText)) return undefined;
  if (written.length !== expected.length || [...written].sort().join('\u0000') !== [...expected].sort().join('\u0000')) return undefined;
  return layout;
}
