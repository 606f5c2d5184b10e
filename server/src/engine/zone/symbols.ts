import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Zone, ZoneRecord } from './model';
import { documentRange, sameDocument } from './neighbors';

/**
 * The outline of a zone: one symbol per run of records with the same owner (children: the records, named
 * by type with their data as detail), plus the $ORIGIN and $INCLUDE directives. Only the zone's own file
 * is outlined (all its chunks, when it was parsed incrementally); records from included files belong to those
 * files.
 */
export function zoneSymbols(zone: Zone): DocumentSymbol[] {
  const directives: DocumentSymbol[] = [];
  for (const directive of zone.directives) {
    if (!sameDocument(directive.file, zone.file) || (directive.kind !== '$ORIGIN' && directive.kind !== '$INCLUDE')) continue;
    directives.push({
      name: `${directive.kind} ${directive.args.map((a) => a.text).join(' ')}`.trim(),
      kind: directive.kind === '$INCLUDE' ? SymbolKind.File : SymbolKind.Namespace,
      range: documentRange(directive.file, directive.span),
      selectionRange: documentRange(directive.file, directive.nameSpan),
    });
  }
  const runs = ownerRuns(zone);
  const detailed = runs.length <= MAX_DETAILED_OWNERS;
  const owners = runs.map((group) => ownerSymbol(zone, group, detailed));
  return mergeByPosition(directives, owners);
}

/** Merges two lists that are each in file order. */
function mergeByPosition(a: DocumentSymbol[], b: DocumentSymbol[]): DocumentSymbol[] {
  if (a.length === 0) return b;
  const before = (x: DocumentSymbol, y: DocumentSymbol) =>
    x.range.start.line < y.range.start.line || (x.range.start.line === y.range.start.line && x.range.start.character <= y.range.start.character);
  const out: DocumentSymbol[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && before(a[i]!, b[j]!))) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * Editors ask for the outline after every edit (breadcrumbs, sticky scroll); beyond this many owners the
 * outline lists owners only, so a 100,000-record zone does not send half a million symbols per keystroke.
 */
export const MAX_DETAILED_OWNERS = 5000;

/** Consecutive records of the zone's own file that share an owner ($GENERATE output excluded). */
export function ownerRuns(zone: Zone): ZoneRecord[][] {
  const runs: ZoneRecord[][] = [];
  let current: ZoneRecord[] = [];
  const generated = generatedSpans(zone);
  for (const record of zone.records) {
    if (!sameDocument(record.file, zone.file) || (generated.size > 0 && generated.has(spanKey(record)))) continue;
    if (current.length > 0 && current[0]!.owner.fqdn !== record.owner.fqdn) {
      runs.push(current);
      current = [];
    }
    current.push(record);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function ownerSymbol(zone: Zone, records: ZoneRecord[], detailed: boolean): DocumentSymbol {
  const first = records[0]!;
  const last = records[records.length - 1]!;
  const owner = first.ownerSpan;
  const nameSpan = owner.end > owner.start ? owner : first.typeSpan;
  const symbol: DocumentSymbol = {
    name: displayName(zone, first),
    detail: first.owner.fqdn,
    kind: SymbolKind.Namespace,
    range: documentRange(first.file, { start: first.span.start, end: last.span.end }, last.file),
    selectionRange: documentRange(first.file, nameSpan),
  };
  if (!detailed) return symbol;
  symbol.children = records.map((record) => ({
      name: record.type,
      detail: record.rdata.map((field) => field.text).join(' ').slice(0, 120),
      kind: record.type === 'SOA' ? SymbolKind.Module : SymbolKind.Field,
      range: documentRange(record.file, record.span),
      selectionRange: documentRange(record.file, record.typeSpan),
    }));
  return symbol;
}

function displayName(zone: Zone, record: ZoneRecord): string {
  if (record.owner.text) return record.owner.text;
  if (record.owner.fqdn === zone.origin) return '@';
  return record.owner.fqdn;
}

/** Records produced by $GENERATE carry the directive's span; these are the spans to skip (zone's own file). */
export function generatedSpans(zone: Zone): Set<string> {
  const spans = new Set<string>();
  for (const d of zone.directives) if (d.kind === '$GENERATE' && sameDocument(d.file, zone.file)) spans.add(`${d.file.path}:${d.span.start}:${d.span.end}`);
  return spans;
}

export function spanKey(record: ZoneRecord): string {
  return `${record.file.path}:${record.span.start}:${record.span.end}`;
}
