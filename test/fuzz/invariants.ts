import type { Range } from 'vscode-languageserver-types';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostics';
import { SourceFile } from '../../server/src/engine/text/source';

/** Why `range` does not lie inside `file` (lines that exist, characters within their line), or undefined. */
export function rangeProblem(range: Range, file: SourceFile): string | undefined {
  const { start, end } = range;
  for (const [name, p] of [['start', start], ['end', end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `${name} is not integral`;
    if (p.line < 0 || p.line >= file.lineCount) return `${name} line ${p.line} outside 0..${file.lineCount - 1}`;
    const length = file.lineEnd(p.line) - file.lineStarts[p.line]!;
    if (p.character < 0 || p.character > length) return `${name} character ${p.character} outside 0..${length} on line ${p.line}`;
  }
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return 'end before start';
  return undefined;
}

/**
 * Every problem with the ranges of `diagnostics` and of their fixes' edits; `fileOf` gives the text of each
 * path they name (undefined when the path is not known to the test, which is itself a problem).
 */
export function diagnosticProblems(diagnostics: readonly EngineDiagnostic[], fileOf: (path: string) => SourceFile | undefined): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    if (d.rule === 'core/internal-error') problems.push(`internal error: ${d.message}`);
    const file = fileOf(d.path);
    if (!file) problems.push(`${d.rule}: unknown path ${d.path}`);
    else {
      const problem = rangeProblem(d.range, file);
      if (problem) problems.push(`${d.rule}: ${problem}`);
    }
    if (typeof d.message !== 'string' || d.message === '') problems.push(`${d.rule}: empty message`);
    for (const fix of d.fixes) {
      for (const edit of fix.edits) {
        const target = fileOf(edit.path);
        const problem = target ? rangeProblem(edit.range, target) : `unknown path ${edit.path}`;
        if (problem) problems.push(`${d.rule}: fix "${fix.title}": ${problem}`);
      }
    }
  }
  return problems;
}

export { SourceFile };
