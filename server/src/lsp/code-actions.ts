import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import { phrase } from '../engine/catalog/catalogue';
import type { EngineDiagnostic, Fix, TextEdit } from '../engine/diagnostics';
import type { Analysis } from '../engine/service';
import { fixesToWorkspaceEdit, toLspDiagnostic, type EditOptions } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mailzone`;
export const PROVIDER_KIND = `${CodeActionKind.Refactor}.mailzone.provider`;

export interface CodeActionSources {
  /** Fix-all edits for the document (the engine's fix-all, which re-lints between passes). */
  fixAll(analysis: Analysis): TextEdit[];
  /** Extra actions for one diagnostic that are not among its fixes (disable-rule comments). */
  suppressions?(analysis: Analysis, diagnostic: EngineDiagnostic): Fix[];
  /** Refactorings offered at a position regardless of diagnostics ("Set up mail for <provider>" at the apex). */
  refactorings?(analysis: Analysis, params: CodeActionParams): Fix[];
  /** A client command showing the rule's documentation, offered last for each diagnostic. */
  documentation?(diagnostic: EngineDiagnostic): Command;
}

/**
 * Code actions for a range: each diagnostic's fixes as quick fixes (the preferred one marked so), the
 * disable-rule actions, and `source.fixAll.mailzone`, which applies every automatic fix of the document.
 */
export function codeActions(analysis: Analysis, params: CodeActionParams, sources: CodeActionSources, edits: EditOptions): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const documented = new Set<string>();
    for (const diagnostic of diagnosticsIn(analysis, params)) {
      const lsp = matchingClientDiagnostic(diagnostic, params.context.diagnostics);
      for (const fix of diagnostic.fixes) actions.push(quickFix(fix, lsp, edits, fix.preferred === true));
      for (const fix of sources.suppressions?.(analysis, diagnostic) ?? []) actions.push(quickFix(fix, lsp, edits, false));
      if (sources.documentation && !documented.has(diagnostic.rule)) {
        documented.add(diagnostic.rule);
        const command = sources.documentation(diagnostic);
        actions.push({ title: command.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], command });
      }
    }
  }
  if (wants(PROVIDER_KIND)) {
    for (const fix of sources.refactorings?.(analysis, params) ?? []) {
      actions.push({ title: fix.title, kind: PROVIDER_KIND, edit: fixesToWorkspaceEdit([fix], edits) });
    }
  }
  if (wants(FIX_ALL_KIND) && (only || analysis.diagnostics.some((d) => d.fixes.some((f) => f.preferred)))) {
    const fixAllEdits = sources.fixAll(analysis);
    if (fixAllEdits.length > 0) {
      actions.push({
        title: phrase('editor.fixAll', undefined, analysis.env.settings.locale),
        kind: FIX_ALL_KIND,
        edit: fixesToWorkspaceEdit([{ title: 'fix all', edits: fixAllEdits }], edits),
      });
    }
  }
  return actions;
}

function quickFix(fix: Fix, diagnostic: Diagnostic, edits: EditOptions, preferred: boolean): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: fixesToWorkspaceEdit([fix], edits),
  };
  if (preferred) action.isPreferred = true;
  return action;
}

/** The document's engine diagnostics that touch the requested range. */
function diagnosticsIn(analysis: Analysis, params: CodeActionParams): EngineDiagnostic[] {
  const { start, end } = params.range;
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
    a.line < b.line || (a.line === b.line && a.character < b.character);
  return analysis.diagnostics.filter(
    (d) => d.path === analysis.file.path && !before(d.range.end, start) && !before(end, d.range.start),
  );
}

/** The client's copy of the diagnostic when it sent one (so the editor links the action to it). */
function matchingClientDiagnostic(diagnostic: EngineDiagnostic, fromClient: readonly Diagnostic[]): Diagnostic {
  const same = fromClient.find(
    (d) =>
      d.code === diagnostic.rule &&
      d.range.start.line === diagnostic.range.start.line &&
      d.range.start.character === diagnostic.range.start.character &&
      d.range.end.line === diagnostic.range.end.line &&
      d.range.end.character === diagnostic.range.end.character,
  );
  return same ?? toLspDiagnostic(diagnostic);
}
