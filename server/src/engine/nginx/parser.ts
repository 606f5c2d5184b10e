import type { SourceFile, Span } from '../text/source';
import { childContext, isKnownDirective } from './directives';
import { tokenize, type LexProblem, type Token } from './lexer';
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
  return new FileParser(source, context).parse();
}

/**
 * One file's parse. The token loop only dispatches; each kind of token has its own small method, so that
 * V8 optimises small functions rather than one large one (compiling that took more time than it saved).
 */
class FileParser {
  private readonly text: string;
  private readonly path: string;
  private readonly tokens: Token[];
  private readonly lexProblems: LexProblem[];
  private readonly problems: NginxProblem[];
  private readonly comments: NginxComment[] = [];
  private readonly root: NginxDirective[] = [];
  private readonly stack: OpenBlock[];
  private readonly misclosed: NginxDirective[] = [];
  private pending: Pending | undefined;

  constructor(
    private readonly source: SourceFile,
    context: string,
  ) {
    this.text = source.text;
    this.path = source.path;
    const { tokens, problems } = tokenize(source.text);
    this.tokens = tokens;
    this.lexProblems = problems;
    const path = this.path;
    this.problems = problems.slice(0, MAX_PROBLEMS_PER_FILE).map((p) => ({ rule: 'nginx/syntax', path, span: p.span, messageId: p.messageId, args: p.args }));
    this.stack = [{ directive: undefined, children: this.root, context, indent: -1 }];
  }

  parse(): ParsedFile {
    const tokens = this.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      switch (token.kind) {
        case 'comment':
          this.comments.push({ text: token.value, span: { start: token.start, end: token.end } });
          break;
        case 'word':
          this.word(token);
          break;
        case 'semicolon':
          this.semicolon(token);
          break;
        case 'open':
          if (this.open(token, tokens[index + 1])) index++;
          break;
        case 'close':
          this.close(token);
          break;
      }
    }
    this.end();
    return { file: { path: this.path, source: this.source, directives: this.root, comments: this.comments }, problems: this.problems };
  }

  private report(span: Span, messageId: string, args?: Record<string, string | number>): void {
    if (this.problems.length < MAX_PROBLEMS_PER_FILE) this.problems.push({ rule: 'nginx/syntax', path: this.path, span, messageId, args });
  }

  private top(): OpenBlock {
    return this.stack[this.stack.length - 1]!;
  }

  private lineOf(offset: number): number {
    return this.source.positionAt(offset).line;
  }

  private finish(p: Pending, end: number, terminated: boolean): NginxDirective {
    const block = this.top();
    const args: NginxArg[] = [];
    for (const token of p.args) args.push(toArg(this.text, token));
    const directive: NginxDirective = {
      name: p.name.value,
      nameSpan: { start: p.name.start, end: p.name.end },
      args,
      span: { start: p.name.start, end },
      path: this.path,
      context: block.context,
      terminated,
      parent: block.directive,
    };
    block.children.push(directive);
    return directive;
  }

  private missingSemicolon(p: Pending): NginxDirective {
    const last = p.args[p.args.length - 1] ?? p.name;
    this.report({ start: last.end, end: last.end }, 'missing-semicolon', { name: p.name.value });
    return this.finish(p, last.end, false);
  }

  private word(token: Token): void {
    const pending = this.pending;
    if (!pending) this.pending = { name: token, args: [] };
    else if (startsNewDirective(pending, token, this.text, this.top().context)) {
      this.missingSemicolon(pending);
      this.pending = { name: token, args: [] };
    } else pending.args.push(token);
  }

  private semicolon(token: Token): void {
    if (this.pending) this.finish(this.pending, token.end, true);
    else this.report({ start: token.start, end: token.end }, 'unexpected-semicolon');
    this.pending = undefined;
  }

  /** Opens a block; true when the next token (an opaque body) was taken with it. */
  private open(token: Token, next: Token | undefined): boolean {
    const opener = this.pending;
    this.pending = undefined;
    if (!opener) this.report({ start: token.start, end: token.end }, 'unexpected-open');
    const directive = opener ? this.finish(opener, token.end, true) : undefined;
    const blockContext = directive ? childContext(this.top().context, directive.name) : this.top().context;
    const children: NginxDirective[] = [];
    if (directive) {
      directive.block = children;
      directive.openBrace = token.start;
    }
    let tookNext = false;
    if (next?.kind === 'opaque' && directive) {
      directive.opaque = true;
      tookNext = true;
    }
    this.stack.push({ directive, children, context: blockContext, indent: indentAt(this.source, opener?.name.start ?? token.start) });
    return tookNext;
  }

  private close(token: Token): void {
    if (this.pending) this.missingSemicolon(this.pending);
    this.pending = undefined;
    if (this.stack.length === 1) {
      this.report({ start: token.start, end: token.end }, 'unexpected-close');
      return;
    }
    const block = this.stack.pop()!;
    if (block.directive) {
      block.directive.closeBrace = token.start;
      block.directive.span = { start: block.directive.span.start, end: token.end };
      if (indentAt(this.source, token.start) < block.indent && this.lineOf(token.start) !== this.lineOf(block.directive.span.start)) this.misclosed.push(block.directive);
    }
  }

  private end(): void {
    const stack = this.stack;
    // An unclosed quote swallows the rest of the file: the errors at its end would only repeat it.
    const swallowed = this.lexProblems.some((p) => p.messageId === 'unterminated-quote');
    if (this.pending && !swallowed) this.missingSemicolon(this.pending);
    if (stack.length > 1 && !swallowed) {
      // The `}` that is missing is most likely that of the first block closed by a brace indented like its parent.
      const guess = this.misclosed[0] ?? stack[1]!.directive;
      const at = guess?.openBrace ?? this.text.length;
      this.report({ start: at, end: at + 1 }, 'unclosed-block', { name: guess?.name ?? '{' });
      const end = this.text.length;
      for (const block of stack.slice(1)) if (block.directive) block.directive.span = { start: block.directive.span.start, end };
    }
  }
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
function indentAt(source: SourceFile, offset: number): number {
  const text = source.text;
  // Back to the line start, but not far: on a long line of blocks, a binary search (scanning back from every
  // brace would be quadratic).
  let start = offset;
  while (start > 0 && offset - start < 256) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || c === 13) break;
    start--;
  }
  if (start > 0 && offset - start >= 256) start = source.lineStarts[source.positionAt(offset).line]!;
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

function toArg(text: string, token: Token): NginxArg {
  // An unquoted word that unescaping left as long as it was is its own text: no second copy of it.
  const raw = !token.quote && token.value.length === token.end - token.start ? token.value : text.slice(token.start, token.end);
  const arg: NginxArg = { value: token.value, raw, span: { start: token.start, end: token.end } };
  if (token.quote) arg.quote = token.quote;
  return arg;
}
