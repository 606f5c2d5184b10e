import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { EngineDiagnostic, Fix, Severity, TextEdit } from '../engine/diagnostics';
import { stripSnippet } from '../engine/fixes/index';
import { pathToUri } from './uri';

export const DIAGNOSTIC_SOURCE = 'mailzone';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(diagnostic: EngineDiagnostic): Diagnostic {
  const lsp: Diagnostic = {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: diagnostic.docUrl },
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  const tags = (diagnostic.tags ?? []).map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (tags.length > 0) lsp.tags = tags;
  return lsp;
}

export interface EditOptions {
  /** The client renders `${1:…}` tab stops in workspace edits (LSP 3.18 snippetEditSupport). */
  snippets: boolean;
  /** Version of an open document, so the client refuses an edit computed for older text. */
  versionOf(uri: string): number | null;
}

/** A fix's edits grouped per file, as one workspace edit. */
export function fixesToWorkspaceEdit(fixes: readonly Fix[], options: EditOptions): WorkspaceEdit {
  const byUri = new Map<string, Array<LspTextEdit | SnippetEdit>>();
  for (const fix of fixes) {
    for (const edit of fix.edits) {
      const uri = pathToUri(edit.path);
      const list = byUri.get(uri) ?? [];
      list.push(toLspEdit(edit, fix.snippet === true, options.snippets));
      byUri.set(uri, list);
    }
  }
  const documentChanges: TextDocumentEdit[] = [...byUri].map(([uri, edits]) => ({
    textDocument: { uri, version: options.versionOf(uri) },
    edits: edits as LspTextEdit[],
  }));
  return { documentChanges };
}

interface SnippetEdit {
  range: LspTextEdit['range'];
  snippet: { kind: 'snippet'; value: string };
}

function toLspEdit(edit: TextEdit, isSnippet: boolean, clientRendersSnippets: boolean): LspTextEdit | SnippetEdit {
  if (isSnippet && clientRendersSnippets) return { range: edit.range, snippet: { kind: 'snippet', value: edit.newText } };
  return { range: edit.range, newText: isSnippet ? stripSnippet(edit.newText) : edit.newText };
}
