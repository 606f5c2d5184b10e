import type { EngineDiagnostic, Fix, TextEdit } from '../diagnostics';
import { applyEdits, diffAsEdit } from './apply-edits';
import { selectFixes } from './select-fixes';

/** Lints the current texts (the main file first) and returns every diagnostic, in any file. */
export type LintFiles = (texts: ReadonlyMap<string, string>) => readonly EngineDiagnostic[];

export interface FixAllOptions {
  /** Passes before giving up on reaching a stable text (each pass re-lints). */
  maxPasses?: number;
  /** Loads a file that a fix edits but that is not in the map yet (an $INCLUDEd file); undefined = leave it. */
  read?: (path: string) => string | undefined;
  /** The diagnostics of the initial texts when the caller already has them: saves the first lint. */
  initialDiagnostics?: readonly EngineDiagnostic[];
}

export interface FixAllResult {
  /** Every file's final text; includes files read for an edit. */
  texts: Map<string, string>;
  /** Paths whose text differs from what they started as. */
  changed: string[];
  applied: Fix[];
  passes: number;
  /** False when the bound was hit or the fixes started to undo each other. */
  stable: boolean;
}

export const DEFAULT_MAX_PASSES = 10;

/**
 * Applies the automatic fixes until the lint offers none (or only conflicting ones that make no progress).
 * Each pass re-lints, because a fix changes the ranges later fixes were computed against. The loop is
 * bounded, and it stops when a state repeats, so two rules that undo each other cannot spin forever.
 */
export function fixAll(initial: ReadonlyMap<string, string>, lint: LintFiles, options: FixAllOptions = {}): FixAllResult {
  const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
  const texts = new Map(initial);
  const originals = new Map(initial);
  const seenStates = new Set([stateKey(texts)]);
  const applied: Fix[] = [];
  let passes = 0;
  let stable = false;
  while (passes < maxPasses) {
    passes++;
    const canEdit = (path: string) => texts.has(path) || loadInto(path, texts, originals, options.read);
    const diagnostics = passes === 1 && options.initialDiagnostics ? options.initialDiagnostics : lint(texts);
    const selection = selectFixes(diagnostics, canEdit);
    if (selection.fixes.length === 0) {
      stable = true;
      break;
    }
    for (const [path, edits] of selection.editsByPath) texts.set(path, applyEdits(texts.get(path)!, edits));
    applied.push(...selection.fixes);
    const key = stateKey(texts);
    if (seenStates.has(key)) break;
    seenStates.add(key);
  }
  const changed = [...texts.keys()].filter((path) => texts.get(path) !== originals.get(path));
  return { texts, changed, applied, passes, stable };
}

/** Fix-all for one document as the edit an editor applies to its open text (one edit per changed file). */
export function fixAllEdits(path: string, text: string, lint: LintFiles, options: FixAllOptions = {}): TextEdit[] {
  const result = fixAll(new Map([[path, text]]), lint, options);
  const edits: TextEdit[] = [];
  for (const changedPath of result.changed) {
    const before = changedPath === path ? text : options.read?.(changedPath);
    const edit = before === undefined ? undefined : diffAsEdit(changedPath, before, result.texts.get(changedPath)!);
    if (edit) edits.push(edit);
  }
  return edits;
}

function loadInto(
  path: string,
  texts: Map<string, string>,
  originals: Map<string, string>,
  read: FixAllOptions['read'],
): boolean {
  const text = read?.(path);
  if (text === undefined) return false;
  texts.set(path, text);
  originals.set(path, text);
  return true;
}

function stateKey(texts: ReadonlyMap<string, string>): string {
  return [...texts].map(([path, text]) => `${path}\u0000${text.length}\u0000${simpleHash(text)}`).join('\u0001');
}

function simpleHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
