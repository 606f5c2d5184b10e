import type { TextEdit } from '../diagnostics';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { tokenize } from './lexer';
import type { NginxConfig } from './model';

const INDENT = '    ';

/**
 * Re-indents the checked file by block depth (four spaces a level). Only leading whitespace changes; lines
 * that start inside a multi-line string or a Lua block are left as they are.
 */
export function nginxFormat(_config: NginxConfig, file: SourceFile, _env: RuleEnv): TextEdit[] {
  const { tokens, problems } = tokenize(file.text);
  if (problems.length > 0) return [];
  const firstTokenOfLine = new Map<number, { depth: number; closes: boolean }>();
  const untouchable = new Set<number>();
  let depth = 0;
  for (const token of tokens) {
    const startLine = file.positionAt(token.start).line;
    const endLine = file.positionAt(token.end).line;
    for (let line = startLine + 1; line <= endLine; line++) untouchable.add(line);
    if (!firstTokenOfLine.has(startLine)) firstTokenOfLine.set(startLine, { depth, closes: token.kind === 'close' });
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close') depth = Math.max(0, depth - 1);
  }
  const edits: TextEdit[] = [];
  for (const [line, { depth: level, closes }] of firstTokenOfLine) {
    if (untouchable.has(line)) continue;
    const text = file.lineText(line);
    const current = /^[ \t]*/.exec(text)![0];
    const wanted = INDENT.repeat(Math.max(0, closes ? level - 1 : level));
    if (current === wanted) continue;
    const start = file.lineStarts[line]!;
    edits.push({ path: file.path, range: file.rangeOf({ start, end: start + current.length }), newText: wanted });
  }
  return edits;
}
