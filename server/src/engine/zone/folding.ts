import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Zone } from './model';
import { documentLine, sameDocument } from './neighbors';
import { ownerRuns } from './symbols';

/** Folds: records written over several lines in `( … )`, runs of one owner's records, blocks of comment lines. */
export function zoneFolding(zone: Zone): FoldingRange[] {
  const file = zone.file;
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number) => {
    if (end <= start || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    ranges.push({ startLine: start, endLine: end });
  };
  for (const record of zone.records) {
    if (sameDocument(record.file, file) && record.parens) add(documentLine(record.file, record.span.start), documentLine(record.file, record.span.end));
  }
  for (const run of ownerRuns(zone)) {
    const last = run[run.length - 1]!;
    add(documentLine(run[0]!.file, run[0]!.span.start), documentLine(last.file, last.span.end));
  }
  let blockStart = -1;
  let previous = -2;
  const commentLines = zone.comments
    .filter((c) => sameDocument(c.file, file) && isWholeLineComment(c.file.lineText(c.file.positionAt(c.span.start).line)))
    .map((c) => documentLine(c.file, c.span.start));
  for (const current of [...commentLines, Number.MAX_SAFE_INTEGER]) {
    if (current !== previous + 1) {
      if (blockStart >= 0 && previous > blockStart) ranges.push({ startLine: blockStart, endLine: previous, kind: FoldingRangeKind.Comment });
      blockStart = current;
    }
    previous = current;
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function isWholeLineComment(lineText: string): boolean {
  return /^\s*;/.test(lineText);
}
