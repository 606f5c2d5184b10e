import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Zone } from './model';
import { ownerRuns } from './symbols';

/** Folds: records written over several lines in `( … )`, runs of one owner's records, blocks of comment lines. */
export function zoneFolding(zone: Zone): FoldingRange[] {
  const file = zone.file;
  const line = (offset: number) => file.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  for (const record of zone.records) {
    if (record.file !== file || !record.parens) continue;
    const start = line(record.span.start);
    const end = line(record.span.end);
    if (end > start) ranges.push({ startLine: start, endLine: end });
  }
  for (const run of ownerRuns(zone)) {
    const start = line(run[0]!.span.start);
    const end = line(run[run.length - 1]!.span.end);
    if (end > start && !ranges.some((r) => r.startLine === start && r.endLine === end)) ranges.push({ startLine: start, endLine: end });
  }
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
