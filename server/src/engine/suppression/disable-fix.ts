import { phrase } from '../catalog/catalogue';
import type { EngineDiagnostic, Fix } from '../diagnostics';
import type { Analysis } from '../service';
import { COMMENT_MARKER, commentStart } from './directives';

/**
 * The code action "Disable <rule> for this line": a `mailzone-disable-next-line` comment above the line the
 * diagnostic starts on, indented like it. When that line already has such a comment above it, the rule is
 * added to its list instead of stacking a second comment. Undefined where comments cannot be written
 * (MTA-STS policy files) or the diagnostic is in another file.
 */
export function disableRuleFix(analysis: Analysis, diagnostic: EngineDiagnostic): Fix | undefined {
  const marker = analysis.language ? COMMENT_MARKER[analysis.language] : undefined;
  const file = analysis.file;
  if (!marker || diagnostic.path !== file.path || diagnostic.rule.startsWith('config/')) return undefined;
  const title = phrase('fix.disableLine', { rule: diagnostic.rule }, analysis.env.settings.locale);
  const line = Math.min(diagnostic.range.start.line, file.lineCount - 1);
  const existing = line > 0 ? existingNextLineDirective(file.lineText(line - 1), marker, analysis.language!) : undefined;
  if (existing) {
    if (existing.rules.includes(diagnostic.rule)) return undefined;
    const at = { line: line - 1, character: existing.listEnd };
    return { title, edits: [{ path: file.path, range: { start: at, end: at }, newText: `, ${diagnostic.rule}` }] };
  }
  const indent = /^[ \t]*/.exec(file.lineText(line))![0];
  const at = { line, character: 0 };
  const newText = `${indent}${marker} mailzone-disable-next-line ${diagnostic.rule}${lineBreakOf(file.text)}`;
  return { title, edits: [{ path: file.path, range: { start: at, end: at }, newText }] };
}

/** "Disable <rule> for the entire file": a `mailzone-disable` comment on the first line. */
export function disableRuleForFileFix(analysis: Analysis, diagnostic: EngineDiagnostic): Fix | undefined {
  const marker = analysis.language ? COMMENT_MARKER[analysis.language] : undefined;
  if (!marker || diagnostic.path !== analysis.file.path || diagnostic.rule.startsWith('config/')) return undefined;
  const title = phrase('fix.disableFile', { rule: diagnostic.rule }, analysis.env.settings.locale);
  const at = { line: 0, character: 0 };
  const newText = `${marker} mailzone-disable ${diagnostic.rule}${lineBreakOf(analysis.file.text)}`;
  return { title, edits: [{ path: analysis.file.path, range: { start: at, end: at }, newText }] };
}

function existingNextLineDirective(lineText: string, marker: string, language: NonNullable<Analysis['language']>) {
  const at = commentStart(lineText, marker, language);
  if (at < 0 || lineText.slice(0, at).trim() !== '') return undefined;
  const match = /^(\s*mailzone-disable-next-line\s+)([^\s,]+(?:\s*,\s*[^\s,]+)*)/.exec(lineText.slice(at + 1));
  if (!match) return undefined;
  return { rules: match[2]!.split(/\s*,\s*/), listEnd: at + 1 + match[0].length };
}

function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
