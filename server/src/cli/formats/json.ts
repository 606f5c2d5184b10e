import type { ReportFile } from '../report';

/**
 * The public JSON shape (version 1): exactly these keys, 0-based lines and UTF-16 characters as in LSP.
 * Tools parse it, so a new key is a new version.
 */
export function formatJson(files: readonly ReportFile[]): string {
  const document = {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      language: file.language ?? null,
      diagnostics: file.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        range: d.range,
        fixes: d.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({ path: edit.path, range: edit.range, newText: edit.newText })),
        })),
      })),
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
