import type { EngineDiagnostic, Language } from '../engine/diagnostics';
import { stripSnippet } from '../engine/fixes/apply-edits';
import { sortDiagnostics } from '../engine/lint';
import type { FileOutcome } from './check-file';

/** One file of the output, with paths (of diagnostics and fix edits) as the user should read them. */
export interface ReportFile {
  path: string;
  language: Language | undefined;
  diagnostics: EngineDiagnostic[];
}

/**
 * Turns per-file outcomes into the files of the report: each checked file in input order, then the
 * $INCLUDEd files diagnostics were found in. A diagnostic in an included file reached from two zones is
 * listed once.
 */
export function buildReport(outcomes: readonly FileOutcome[], display: (path: string) => string): ReportFile[] {
  const files = new Map<string, ReportFile>();
  const seen = new Set<string>();
  const included = new Set(outcomes.flatMap((o) => o.diagnostics.filter((d) => d.path !== o.path).map((d) => d.path)));
  for (const outcome of outcomes) {
    if (!files.has(outcome.path)) files.set(outcome.path, { path: outcome.display, language: outcome.language, diagnostics: [] });
  }
  for (const outcome of outcomes) {
    for (const diagnostic of outcome.diagnostics) {
      let file = files.get(diagnostic.path);
      if (!file) {
        file = { path: display(diagnostic.path), language: outcome.language === 'nginx' ? 'nginx' : 'zone', diagnostics: [] };
        files.set(diagnostic.path, file);
      }
      const shown = withDisplayPaths(diagnostic, display);
      // Only a file reached through an include can repeat a diagnostic; the key is costly, so only there.
      if (included.has(diagnostic.path)) {
        const key = JSON.stringify(shown);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      file.diagnostics.push(shown);
    }
  }
  for (const file of files.values()) sortDiagnostics(file.diagnostics);
  return [...files.values()];
}

function withDisplayPaths(diagnostic: EngineDiagnostic, display: (path: string) => string): EngineDiagnostic {
  return {
    ...diagnostic,
    path: display(diagnostic.path),
    // Output readers apply newText as it is: tab stops become their placeholder text.
    fixes: diagnostic.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((edit) => ({ ...edit, path: display(edit.path), newText: fix.snippet ? stripSnippet(edit.newText) : edit.newText })),
    })),
  };
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function totals(files: readonly ReportFile[], checkedFiles: number): Totals {
  const out: Totals = { files: checkedFiles, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') out.errors++;
      else if (d.severity === 'warning') out.warnings++;
      else if (d.severity === 'info') out.infos++;
      else out.hints++;
    }
  }
  return out;
}
