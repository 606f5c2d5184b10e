import type { Language } from '../diagnostics';
import type { SourceFile, Span } from '../text/source';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface RuleRef {
  id: string;
  span: Span;
}

/** One `mailzone-…` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** 0-based line of the comment. */
  line: number;
  /** From the comment marker to the end of the comment. */
  commentSpan: Span;
  /** Named rules; empty means every rule. */
  rules: RuleRef[];
  /** For disable-next-line: the lines it covers (the next line, and the rest of its statement). */
  coversFrom: number;
  coversTo: number;
}

export const COMMENT_MARKER: Partial<Record<Language, string>> = { zone: ';', nginx: '#' };
const MARK = 'mailzone-';
const DIRECTIVE = /^\s*mailzone-(disable-next-line|disable|enable)(?=\s|$)/;

/**
 * The suppression comments of a file. Only lines that contain `mailzone-` are looked at, so a large zone
 * without any costs one string search. A directive must be the whole comment: `; mailzone-disable spf/ptr`,
 * optionally followed by `-- why`. Text inside quotes is never a comment.
 */
export function parseDirectives(file: SourceFile, language: Language | undefined): Directive[] {
  const marker = language ? COMMENT_MARKER[language] : undefined;
  if (!marker) return [];
  const text = file.text;
  const out: Directive[] = [];
  let lastLine = -1;
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + MARK.length)) {
    const line = file.positionAt(at).line;
    if (line === lastLine) continue;
    lastLine = line;
    const directive = directiveOnLine(file, line, marker, language!);
    if (directive) out.push(directive);
  }
  return out;
}

function directiveOnLine(file: SourceFile, line: number, marker: string, language: Language): Directive | undefined {
  const lineStart = file.lineStarts[line]!;
  const lineText = file.lineText(line);
  const commentAt = commentStart(lineText, marker, language);
  if (commentAt < 0) return undefined;
  const body = lineText.slice(commentAt + 1);
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const kind = match[1] as DirectiveKind;
  const listStart = match[0].length;
  const reasonAt = body.indexOf('--', listStart);
  const list = body.slice(listStart, reasonAt < 0 ? body.length : reasonAt);
  const base = lineStart + commentAt + 1 + listStart;
  const rules: RuleRef[] = [];
  for (const idMatch of list.matchAll(/[^\s,]+/g)) {
    rules.push({ id: idMatch[0], span: { start: base + idMatch.index!, end: base + idMatch.index! + idMatch[0].length } });
  }
  const commentSpan = { start: lineStart + commentAt, end: lineStart + lineText.length };
  const covered = kind === 'disable-next-line' ? statementLines(file, line + 1, language) : { from: line, to: line };
  return { kind, line, commentSpan, rules, coversFrom: covered.from, coversTo: covered.to };
}

/** Index of the comment marker in a line, skipping quoted text; -1 when the line has no comment. */
export function commentStart(lineText: string, marker: string, language: Language): number {
  let quote = '';
  for (let i = 0; i < lineText.length; i++) {
    const c = lineText[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || (language === 'nginx' && c === "'")) quote = c;
    else if (c === '\\' && language === 'zone') i++;
    else if (c === marker) return i;
  }
  return -1;
}

/**
 * The lines of the statement that starts on `line`: a zone record continues while a `(` is open, an nginx
 * directive until its `;`, `{` or `}`. Bounded, so an unclosed parenthesis covers at most 1000 lines.
 */
function statementLines(file: SourceFile, line: number, language: Language): { from: number; to: number } {
  const last = Math.min(file.lineCount - 1, line + 1000);
  let depth = 0;
  for (let current = line; current <= last; current++) {
    const lineText = file.lineText(current);
    const code = stripComment(lineText, language);
    if (language === 'zone') {
      depth += countOutsideQuotes(code, '(') - countOutsideQuotes(code, ')');
      if (depth <= 0) return { from: line, to: current };
    } else if (/[;{}]/.test(stripQuoted(code)) || (current === line && code.trim() === '')) {
      return { from: line, to: current };
    }
  }
  return { from: line, to: language === 'zone' ? last : line };
}

function stripComment(lineText: string, language: Language): string {
  const marker = COMMENT_MARKER[language]!;
  const at = commentStart(lineText, marker, language);
  return at < 0 ? lineText : lineText.slice(0, at);
}

function stripQuoted(code: string): string {
  return code.replace(/"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?/g, '');
}

function countOutsideQuotes(code: string, char: string): number {
  let count = 0;
  for (const c of stripQuoted(code)) if (c === char) count++;
  return count;
}
