import type {
  CompletionItem,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver';
import type { Analysis } from '../engine/service';
import { pathToUri } from './uri';

/** The editor features of a document, read from its one Analysis. Each returns an empty answer when the language has none. */

export function hoverAt(analysis: Analysis, position: Position): Hover | null {
  return analysis.hover(position) ?? null;
}

export function completionsAt(analysis: Analysis, position: Position): CompletionItem[] {
  return analysis.complete(position);
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const service = analysis.languageService;
  return service?.symbols?.(analysis.outlineModel, analysis.file) ?? [];
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const service = analysis.languageService;
  return service?.folding?.(analysis.outlineModel, analysis.file) ?? [];
}

/** Formatting edits for this document only; with `range`, those that start inside it. */
export function formattingEdits(analysis: Analysis, range?: Range): TextEdit[] {
  const service = analysis.languageService;
  const edits = service?.format?.(analysis.model, analysis.file, analysis.env) ?? [];
  return edits
    .filter((edit) => edit.path === analysis.file.path)
    .filter((edit) => !range || (edit.range.start.line >= range.start.line && edit.range.start.line <= range.end.line))
    .map((edit) => ({ range: edit.range, newText: edit.newText }));
}

export function definitions(analysis: Analysis, position: Position): Location[] {
  return analysis.definition(position).map((location) => ({ uri: pathToUri(location.uri), range: location.range }));
}

export function documentLinks(analysis: Analysis): DocumentLink[] {
  const service = analysis.languageService;
  const links = service?.links?.(analysis.outlineModel, analysis.file, analysis.env) ?? [];
  return links.map((link) => (link.target ? { ...link, target: pathToUri(link.target) } : link));
}
