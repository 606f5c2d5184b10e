import type { EngineDiagnostic, Fix, TextEdit } from '../diagnostics';
import { rangesConflict } from './apply-edits';

/** The fix "fix all" and --fix apply for a diagnostic: its preferred one, unless it needs the user's input. */
export function automaticFix(diagnostic: EngineDiagnostic): Fix | undefined {
  const fix = diagnostic.fixes.find((f) => f.preferred);
  if (!fix || fix.snippet || fix.edits.length === 0) return undefined;
  return fix;
}

export interface FixSelection {
  fixes: Fix[];
  /** The chosen fixes' edits, per file path. */
  editsByPath: Map<string, TextEdit[]>;
}

/**
 * Picks, in diagnostic order, the automatic fixes whose edits do not touch text an earlier pick already
 * edits; the ones left out are retried on the next pass of fix-all, against the new text. A fix identical
 * to one already picked (two diagnostics proposing the same change) is taken once.
 */
export function selectFixes(
  diagnostics: readonly EngineDiagnostic[],
  canEdit: (path: string) => boolean = () => true,
): FixSelection {
  const selection: FixSelection = { fixes: [], editsByPath: new Map() };
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const fix = automaticFix(diagnostic);
    if (!fix || !fix.edits.every((edit) => canEdit(edit.path))) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((edit) => conflictsWithSelection(edit, selection)) || conflictsWithItself(fix.edits)) continue;
    seen.add(key);
    selection.fixes.push(fix);
    for (const edit of fix.edits) {
      const list = selection.editsByPath.get(edit.path) ?? [];
      list.push(edit);
      selection.editsByPath.set(edit.path, list);
    }
  }
  return selection;
}

function conflictsWithSelection(edit: TextEdit, selection: FixSelection): boolean {
  return (selection.editsByPath.get(edit.path) ?? []).some((other) => rangesConflict(edit.range, other.range));
}

function conflictsWithItself(edits: readonly TextEdit[]): boolean {
  for (let i = 0; i < edits.length; i++) {
    for (let j = i + 1; j < edits.length; j++) {
      if (edits[i]!.path === edits[j]!.path && rangesConflict(edits[i]!.range, edits[j]!.range)) return true;
    }
  }
  return false;
}
