import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Zone, ZoneRecord } from './model';

/**
 * The outline of a zone: one symbol per run of records with the same owner (children: the records, named
 * by type with their data as detail), plus the $ORIGIN and $INCLUDE directives. Only the zone's own file
 * is outlined; records from included files belong to those files.
 */
export function zoneSymbols(zone: Zone): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const directive of zone.directives) {
    if (directive.file !== zone.file || (directive.kind !== '$ORIGIN' && directive.kind !== '$INCLUDE')) continue;
    symbols.push({
      name: `${directive.kind} ${directive.args.map((a) => a.text).join(' ')}`.trim(),
      kind: directive.kind === '$INCLUDE' ? SymbolKind.File : SymbolKind.Namespace,
      range: zone.file.rangeOf(directive.span),
      selectionRange: zone.file.rangeOf(directive.nameSpan),
    });
  }
  for (const group of ownerRuns(zone)) symbols.push(ownerSymbol(zone, group));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Consecutive records of the zone's own file that share an owner ($GENERATE output excluded). */
export function ownerRuns(zone: Zone): ZoneRecord[][] {
  const runs: ZoneRecord[][] = [];
  let current: ZoneRecord[] = [];
  const generated = generatedSpans(zone);
  for (const record of zone.records) {
    if (record.file !== zone.file || (generated.size > 0 && generated.has(spanKey(record)))) continue;
    if (current.length > 0 && current[0]!.owner.fqdn !== record.owner.fqdn) {
      runs.push(current);
      current = [];
    }
    current.push(record);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function ownerSymbol(zone: Zone, records: ZoneRecord[]): DocumentSymbol {
  const first = records[0]!;
  const last = records[records.length - 1]!;
  const nameSpan = first.owner.span.end > first.owner.span.start ? first.owner.span : first.typeSpan;
  return {
    name: displayName(zone, first),
    detail: first.owner.fqdn,
    kind: SymbolKind.Namespace,
    range: zone.file.rangeOf({ start: first.span.start, end: last.span.end }),
    selectionRange: zone.file.rangeOf(nameSpan),
    children: records.map((record) => ({
      name: record.type,
      detail: record.rdata.map((field) => field.text).join(' ').slice(0, 120),
      kind: record.type === 'SOA' ? SymbolKind.Module : SymbolKind.Field,
      range: zone.file.rangeOf(record.span),
      selectionRange: zone.file.rangeOf(record.typeSpan),
    })),
  };
}

function displayName(zone: Zone, record: ZoneRecord): string {
  if (record.owner.text) return record.owner.text;
  if (record.owner.fqdn === zone.origin) return '@';
  return record.owner.fqdn;
}

/** Records produced by $GENERATE carry the directive's span; these are the spans to skip (zone's own file). */
export function generatedSpans(zone: Zone): Set<string> {
  const spans = new Set<string>();
  for (const d of zone.directives) if (d.kind === '$GENERATE' && d.file === zone.file) spans.add(`${d.span.start}:${d.span.end}`);
  return spans;
}

export function spanKey(record: ZoneRecord): string {
  return `${record.span.start}:${record.span.end}`;
}
