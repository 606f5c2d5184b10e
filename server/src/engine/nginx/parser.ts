import type { SourceFile, Span } from '../text/source';
import { childContext, isKnownDirective } from './directives';
import { tokenize, type Token } from './lexer';
import { DATA_BLOCKS, type NginxArg, type NginxComment, type NginxDirective, type NginxFile, type NginxProblem } from './model';

/**
 * Builds the directive tree of one file with exact spans, and recovers from the usual mistakes: a missing
 * `;` (the next line starts a known directive, or a `}` / the end of the file comes first), a stray `}`,
 * an unclosed `{`. Problems are reported under the rule `nginx/syntax`.
 */

export { DATA_BLOCKS };

/** nginx stops at its first error; past this many, more reports about one file only bury the first ones. */
export const MAX_PROBLEMS_PER_FILE = 100;

interface OpenBlock {
  directive: NginxDirective | undefined;
  children: NginxDirective[];
  context: string;
  /** Column of the line the block's directive starts on, to guess which `}` is missing. */
  indent: number;
}

interface Pending {
  name: Token;
  args: Token[];
}

export interface ParsedFile {
  file: NginxFile;
  problems: NginxProblem[];
}

export function parseNginxFile(source: SourceFile, context: string): ParsedFile {
  const { tokens, problems: lexProblems } = tokenize(source.text);
  const path = source.path;
  const problems: NginxProblem[] = lexProblems.slice(0, MAX_PROBLEMS_PER_FILE).map((p) => ({ rule: 'nginx/syntax', path, span: p.span, messageId: p.messageId, args: p.args }));
  const report = (span: Span, messageId: string, args?: Record<string, string | number>) => {
    if (problems.length < MAX_PROBLEMS_PER_FILE) problems.push({ rule: 'nginx/syntax', path, span, messageId, args });
  };
  const comments: NginxComment[] = [];
  const root: NginxDirective[] = [];
  const stack: OpenBlock[] = [{ directive: undefined, children: root, context, indent: -1 }];
  const misclosed: NginxDirective[] = [];
  let pending: Pending | undefined;

  const top = () => stack[stack.length - 1]!;
  const lineOf = (offset: number) => source.positionAt(offset).line;
  const indentOf = (offset: number) => indentAt(source.text, offset);

  const finish = (p: Pending, end: number, terminated: boolean): NginxDirective => {
    const block = top();
    const directive: NginxDirective = {
      name: p.name.value,
      nameSpan: { start: p.name.start, end: p.name.end },
      args: p.args.map(toArg(source.text)),
      span: { start: p.name.start, end },
      path,
      context: block.context,
      terminated,
      parent: block.directive,
    };
    block.children.push(directive);
    return directive;
  };

  const missingSemicolon = (p: Pending) => {
    const last = p.args[p.args.length - 1] ?? p.name;
    report({ start: last.end, end: last.end }, 'missing-semicolon', { name: p.name.value });
    return finish(p, last.end, false);
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.kind) {
      case 'comment':
        comments.push({ text: token.value, span: { start: token.start, end: token.end } });
        break;
      case 'word':
        if (!pending) pending = { name: token, args: [] };
        else if (startsNewDirective(pending, token, source.text, top().context)) {
          missingSemicolon(pending);
          pending = { name: token, args: [] };
        } else pending.args.push(token);
        break;
      case 'semicolon':
        if (pending) finish(pending, token.end, true);
        else report({ start: token.start, end: token.end }, 'unexpected-semicolon');
        pending = undefined;
        break;
      case 'open': {
        const opener = pending;
        pending = undefined;
        if (!opener) report({ start: token.start, end: token.end }, 'unexpected-open');
        const directive = opener ? finish(opener, token.end, true) : undefined;
        const blockContext = directive ? childContext(top().context, directive.name) : top().context;
        const children: NginxDirective[] = [];
        if (directive) {
          directive.block = children;
          directive.openBrace = token.start;
        }
        const next = tokens[index + 1];
        if (next?.kind === 'opaque' && directive) {
          directive.opaque = true;
          index++;
        }
        stack.push({ directive, children, context: blockContext, indent: indentOf(opener?.name.start ?? token.start) });
        break;
      }
      case 'opaque':
        break;
      case 'close': {
        if (pending) missingSemicolon(pending);
        pending = undefined;
        if (stack.length === 1) {
          report({ start: token.start, end: token.end }, 'unexpected-close');
          break;
        }
        const block = stack.pop()!;
        if (block.directive) {
          block.directive.closeBrace = token.start;
          block.directive.span = { start: block.directive.span.start, end: token.end };
          if (indentOf(token.start) < block.indent && lineOf(token.start) !== lineOf(block.directive.span.start)) misclosed.push(block.directive);
        }
        break;
      }
    }
  }
  // An unclosed quote swallows the rest of the file: the errors at its end would only repeat it.
  const swallowed = lexProblems.some((p) => p.messageId === 'unterminated-quote');
  if (pending && !swallowed) missingSemicolon(pending);
  if (stack.length > 1 && !swallowed) {
    // The `}` that is missing is most likely that of the first block closed by a brace indented like its parent.
    const guess = misclosed[0] ?? stack[1]!.directive;
    const at = guess?.openBrace ?? source.text.length;
    report({ start: at, end: at + 1 }, 'unclosed-block', { name: guess?.name ?? '{' });
    const end = source.text.length;
    for (const block of stack.slice(1)) if (block.directive) block.directive.span = { start: block.directive.span.start, end };
  }
  return { file: { path, source, directives: root, comments }, problems };
}

/**
 * A word on a new line that names a directive, after a directive that already has its arguments, is taken
 * as the start of the next directive: the `;` before it is missing. Multi-line values (log_format, map
 * entries, quoted strings) stay arguments.
 */
function startsNewDirective(pending: Pending, token: Token, text: string, context: string): boolean {
  if (token.quote) return false;
  const previous = pending.args[pending.args.length - 1] ?? pending.name;
  if (!hasLineBreak(text, previous.end, token.start)) return false;
  if (DATA_BLOCKS.has(context.split('/').pop()!)) return false;
  if (pending.name.value === 'log_format' || pending.name.value === 'js_set') return false;
  return isKnownDirective(token.value) && isKnownDirective(pending.name.value);
}

/** The width of the whitespace that starts the line `offset` is on (what `trimStart` would remove). */
function indentAt(text: string, offset: number): number {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || c === 13) break;
    start--;
  }
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 32 || c === 9) i++;
    else if ((c === 11 || c === 12 || c > 127) && /\s/.test(text[i]!)) i++;
    else break;
  }
  return i - start;
}

/** Whether a line break (LF, CR LF or a lone CR, as SourceFile counts lines) lies in text[from, to). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function toArg(text: string) {
  return (token: Token): NginxArg => {
    // An unquoted word that unescaping left as long as it was is its own text: no second copy of it.
    const raw = !token.quote && token.value.length === token.end - token.start ? token.value : text.slice(token.start, token.end);
    const arg: NginxArg = { value: token.value, raw, span: { start: token.start, end: token.end } };
    if (token.quote) arg.quote = token.quote;
    return arg;
  };
}
