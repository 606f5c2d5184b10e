import type { TextEdit } from '../diagnostics';
import type { Span } from '../text/source';
import type { NginxConfig, NginxDirective } from './model';

/** Edits on the configuration's files, from source offsets. */
export function replaceSpan(config: NginxConfig, path: string, span: Span, newText: string): TextEdit {
  const source = config.files.get(path)?.source ?? config.main.source;
  return { path: source.path, range: source.rangeOf(span), newText };
}

/** The indentation of the line `offset` is on. */
export function indentAt(config: NginxConfig, path: string, offset: number): string {
  const source = config.files.get(path)?.source ?? config.main.source;
  const line = source.lineText(source.positionAt(offset).line);
  return /^[ \t]*/.exec(line)![0];
}

/** Inserts `text` as a new line right after `directive` (at its indentation). */
export function insertLineAfter(config: NginxConfig, directive: NginxDirective, text: string): TextEdit {
  const indent = indentAt(config, directive.path, directive.span.start);
  return replaceSpan(config, directive.path, { start: directive.span.end, end: directive.span.end }, `\n${indent}${text}`);
}

/** Inserts `text` as the first line inside `block`'s braces, indented one level deeper than the block. */
export function insertInBlock(config: NginxConfig, block: NginxDirective, text: string): TextEdit | undefined {
  if (block.openBrace === undefined) return undefined;
  const indent = indentAt(config, block.path, block.span.start);
  const inner = block.block?.find((d) => d.path === block.path);
  const childIndent = inner ? indentAt(config, block.path, inner.span.start) : `${indent}    `;
  const at = block.openBrace + 1;
  return replaceSpan(config, block.path, { start: at, end: at }, `\n${childIndent}${text}`);
}

/** Deletes a whole directive line (the directive, its trailing spaces and the line break). */
export function deleteDirectiveLine(config: NginxConfig, directive: NginxDirective): TextEdit {
  const source = config.files.get(directive.path)?.source ?? config.main.source;
  const startLine = source.positionAt(directive.span.start).line;
  const endLine = source.positionAt(directive.span.end).line;
  const lineStart = source.lineStarts[startLine]!;
  const before = source.text.slice(lineStart, directive.span.start);
  const after = source.text.slice(directive.span.end, source.lineEnd(endLine));
  if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after)) {
    const next = endLine + 1 < source.lineCount ? source.lineStarts[endLine + 1]! : source.lineEnd(endLine);
    return replaceSpan(config, directive.path, { start: lineStart, end: next }, '');
  }
  return replaceSpan(config, directive.path, directive.span, '');
}
