import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Zone } from './model';
import { ownerRuns } from './symbols';

/** Folds: records written over several lines in `( … )`, runs of one owner's records, blocks of comment lines. */
export function zoneFolding(zone: Zone): FoldingRange[] {
  const file = zone.file;
  const line = (offset: number) => file.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number) => {
    if (end <= start || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    ranges.push({ startLine: start, endLine: end });
  };
  for (const record of zone.records) {
    if (record.file === file && record.parens) add(line(record.span.start), line(record.span.end));
  }
  for (const run of ownerRuns(zone)) add(line(run[0]!.span.start), line(run[run.length - 1]!.span.end));
  let blockStart = -1;
  let previous = -2;
  const commentLines = zone.comments.filter((c) => c.file === file && isWholeLineComment(file.lineText(line(c.span.start)))).map((c) => line(c.span.start));
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
