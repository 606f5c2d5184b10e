import type { Span } from '../text/source';
import { SourceFile } from '../text/source';
import type { FileReader } from '../workspace';
import { Token, ZoneLexer, type Entry } from './lexer';
import type { Comment, Directive, NameRef, ParseProblem, RdataField, Zone, ZoneRecord } from './model';
import { ParsedName, ParsedRecord, TxtData } from './record';
import { badEscapeAt } from './txt';
import type { RdataContext } from './rdata/parse';
import { checkName, isAbsolute, resolveName } from './names';
import { basename, dirname, resolvePath } from './paths';
import { parseRdata } from './rdata/parse';
import { MAX_TTL, looksLikeTtl, parseTtl } from './ttl';
import { isClassWord, isTypeWord } from './types-table';

export interface ParseOptions {
  reader: FileReader;
  /** Origin to start with (absolute); otherwise $ORIGIN, else guessed from the file name or the SOA. */
  origin?: string;
}

export const MAX_INCLUDE_DEPTH = 16;
/**
 * Bounds on everything one zone includes, all levels together: without them a file that includes the next one
 * three times per level loads 3^16 files and exhausts memory, although no chain is deeper than 16.
 */
export const MAX_INCLUDED_FILES = 1024;
export const MAX_INCLUDED_CHARS = 64 * 1024 * 1024;
/** Upper bound of records one $GENERATE may produce (BIND has none; an editor needs one). */
export const MAX_GENERATED = 65536;

interface FileState {
  file: SourceFile;
  origin: string;
  depth: number;
  includeChain: string[];
}

/** Parses a zone file (and what it $INCLUDEs) into records with exact source spans. Never throws. */
export function parseZone(file: SourceFile, options: ParseOptions): Zone {
  const start = initialOrigin(file, options);
  const parser = new ZoneParser(options.reader, start.origin, start.known, file);
  parser.parseFile({ file, origin: start.origin, depth: 0, includeChain: [file.path] });
  return parser.finish();
}

/** What the parser carries from one line to the next: enough to resume parsing at any record boundary. */
export interface ParserState {
  origin: string;
  defaultTtl: number | undefined;
  lastTtl: number | undefined;
  lastOwner: NameRef | undefined;
  noTtlReported: boolean;
  /** Files read so far, the checked one included (bounds $INCLUDE). */
  fileCount: number;
  includedChars: number;
}

export interface ChunkParse {
  records: ZoneRecord[];
  directives: Directive[];
  comments: Comment[];
  problems: ParseProblem[];
  /** The chunk itself, then what it $INCLUDEd. */
  files: SourceFile[];
  end: ParserState;
}

/** The state at the start of `file`, the checked file: its origin as parseZone finds it. */
export function initialState(file: SourceFile, options: ParseOptions): ParserState & { originKnown: boolean } {
  const start = initialOrigin(file, options);
  return { origin: start.origin, originKnown: start.known, defaultTtl: undefined, lastTtl: undefined, lastOwner: undefined, noTtlReported: false, fileCount: 0, includedChars: 0 };
}

/**
 * Parses one stretch of the checked file (`chunk`, which starts at a record boundary) as parseZone would
 * parse it in place, given the state in force where it starts. `documentPath` is the checked file's path
 * (for include cycles).
 */
export function parseZoneChunk(chunk: SourceFile, documentPath: string, state: ParserState, reader: FileReader): ChunkParse {
  const parser = new ZoneParser(reader, state.origin, true, chunk);
  parser.resume(state);
  const fileState: FileState = { file: chunk, origin: state.origin, depth: 0, includeChain: [documentPath] };
  parser.parseFile(fileState);
  const zone = parser.finish();
  return { records: zone.records, directives: zone.directives, comments: zone.comments, problems: zone.problems, files: zone.files, end: parser.state(fileState.origin) };
}

export function sameParserState(a: ParserState, b: ParserState): boolean {
  return (
    a.origin === b.origin &&
    a.defaultTtl === b.defaultTtl &&
    a.lastTtl === b.lastTtl &&
    a.noTtlReported === b.noTtlReported &&
    a.fileCount === b.fileCount &&
    a.includedChars === b.includedChars &&
    a.lastOwner?.fqdn === b.lastOwner?.fqdn &&
    a.lastOwner?.relative === b.lastOwner?.relative
  );
}

class ZoneParser {
  private readonly records: ZoneRecord[] = [];
  private readonly directives: Directive[] = [];
  private readonly comments: Comment[] = [];
  private readonly problems: ParseProblem[] = [];
  private readonly files: SourceFile[] = [];
  private defaultTtl: number | undefined;
  private lastTtl: number | undefined;
  private lastOwner: NameRef | undefined;
  private noTtlReported = false;
  private includedChars = 0;
  /** Files read before this parser started (when it resumes in the middle of a file). */
  private fileBase = 0;
  /** One context object reused for every record's rdata (no closure per record). */
  private readonly rdataContext: RdataContext & { file: SourceFile; state: FileState | undefined } = {
    type: '',
    file: undefined as unknown as SourceFile,
    state: undefined,
    endSpan: { start: 0, end: 0 },
    problem: (span, messageId, args, rule) => this.problem(this.rdataContext.file, rule ?? 'zone/bad-rdata', span, messageId === 'default' ? undefined : messageId, args),
    name: (field) => this.rdataName(field as Token, this.rdataContext.state!),
  };

  constructor(
    private readonly reader: FileReader,
    private readonly startOrigin: string,
    private readonly originKnown: boolean,
    private readonly main: SourceFile,
  ) {}

  resume(state: ParserState): void {
    this.defaultTtl = state.defaultTtl;
    this.lastTtl = state.lastTtl;
    this.lastOwner = state.lastOwner;
    this.noTtlReported = state.noTtlReported;
    this.includedChars = state.includedChars;
    // The chunk stands in for the checked file, which the state already counts.
    this.fileBase = Math.max(0, state.fileCount - 1);
  }

  state(origin: string): ParserState {
    return {
      origin,
      defaultTtl: this.defaultTtl,
      lastTtl: this.lastTtl,
      lastOwner: this.lastOwner,
      noTtlReported: this.noTtlReported,
      fileCount: this.fileBase + this.files.length,
      includedChars: this.includedChars,
    };
  }

  finish(): Zone {
    const byOwner = new Map<string, ZoneRecord[]>();
    for (const record of this.records) {
      const list = byOwner.get(record.owner.fqdn);
      if (list) list.push(record);
      else byOwner.set(record.owner.fqdn, [record]);
    }
    return {
      file: this.main,
      files: this.files,
      origin: this.startOrigin,
      originKnown: this.originKnown,
      records: this.records,
      directives: this.directives,
      comments: this.comments,
      problems: this.problems,
      byOwner,
    };
  }

  parseFile(state: FileState): void {
    this.files.push(state.file);
    const lexer = new ZoneLexer(state.file.text);
    for (let entry = lexer.next(); entry; entry = lexer.next()) this.parseEntry(entry, state);
    const text = state.file.text;
    const last = text.charCodeAt(text.length - 1);
    if (text.length > 0 && last !== 10 && last !== 13) {
      this.problem(state.file, 'zone/no-final-newline', { start: text.length, end: text.length });
    }
  }

  private problem(file: SourceFile, rule: string, span: Span, messageId?: string, args?: Record<string, string | number>): void {
    const problem: ParseProblem = { rule, file, span };
    if (messageId) problem.messageId = messageId;
    if (args) problem.args = args;
    this.problems.push(problem);
  }

  private parseEntry(entry: Entry, state: FileState): void {
    const { file } = state;
    for (const p of entry.problems) this.problem(file, p.rule, p.span, p.messageId);
    for (const c of entry.comments) this.comments.push({ file, span: c.span, text: c.text });
    const tokens = entry.tokens;
    if (tokens.length === 0) return;
    if (!entry.startsWithBlank && tokens[0]!.text.startsWith('$') && tokens[0]!.start === entry.lineStart) {
      this.parseDirective(entry, state);
      return;
    }
    this.parseRecord(entry, tokens, state, undefined);
  }

  private parseRecord(entry: Entry, tokens: Token[], state: FileState, generated: Span | undefined): void {
    const { file } = state;
    let i = 0;
    let owner: NameRef;
    const ownerInherited = entry.startsWithBlank || tokens[0]!.start !== entry.lineStart;
    if (!ownerInherited) {
      owner = this.name(tokens[0]!, state);
      i = 1;
    } else if (this.lastOwner) {
      const at = tokens[0]!.start;
      owner = new ParsedName('', at, at, this.lastOwner.fqdn, this.lastOwner.relative);
    } else {
      this.problem(file, 'zone/syntax', { start: tokens[0]!.start, end: tokens[0]!.end }, 'no-owner');
      return;
    }
    let ttl: number | undefined;
    let ttlToken: Token | undefined;
    let rrclass: string | undefined;
    let classToken: Token | undefined;
    for (let k = 0; k < 2 && i < tokens.length; k++) {
      const token = tokens[i]!;
      if (!token.quoted && ttlToken === undefined && looksLikeTtl(token.text)) {
        ttlToken = token;
        ttl = this.ttlValue(token, file);
        i++;
      } else if (!token.quoted && rrclass === undefined && isClassWord(token.text.toUpperCase())) {
        rrclass = token.text.toUpperCase();
        classToken = token;
        i++;
      } else break;
    }
    const typeToken = tokens[i];
    if (!typeToken) {
      const last = tokens[tokens.length - 1]!;
      this.problem(file, 'zone/syntax', { start: last.start, end: last.end }, 'missing-type');
      return;
    }
    const type = typeToken.text.toUpperCase();
    if (typeToken.quoted || !isTypeWord(type)) {
      this.problem(file, 'zone/syntax', { start: typeToken.start, end: typeToken.end }, 'unknown-type', { text: typeToken.text });
      return;
    }
    if (rrclass && rrclass !== 'IN' && generated === undefined && rrclass !== 'CH' && rrclass !== 'HS') {
      // NONE/ANY/CSnet/CLASSnnn are legal tokens but meaningless in a master file.
      this.problem(file, 'zone/syntax', classToken!.span, 'bad-class', { text: rrclass });
    }
    const rdata = tokens.slice(i + 1);
    const effectiveTtl = this.effectiveTtl(ttl, ttlToken, type, file, typeToken);
    const record = new ParsedRecord({
      file,
      owner,
      ownerInherited,
      first: tokens[0]!,
      last: tokens[tokens.length - 1]!,
      parenOpen: entry.parenOpen,
      parenClose: entry.parenClose,
      ttl,
      ttlToken,
      effectiveTtl,
      classToken,
      rrclass: rrclass ?? 'IN',
      type,
      typeToken,
      rdata,
      index: this.records.length,
      generated,
    });
    this.lastOwner = owner;
    if (rdata.length === 0) {
      this.problem(file, 'zone/syntax', typeToken.span, 'missing-rdata', { type });
    } else if ((type === 'TXT' || type === 'SPF') && rdata[0]!.text !== '\\#') {
      this.checkTxt(record, entry, state);
    } else {
      this.rdataContext.type = type;
      this.rdataContext.file = file;
      this.rdataContext.state = state;
      this.rdataContext.endSpan = typeToken.span;
      record.typed = parseRdata(type, rdata, this.rdataContext);
    }
    this.records.push(record);
  }

  private checkTxt(record: ParsedRecord, entry: Entry, state: FileState): void {
    const fields = record.rdata;
    const txt = new TxtData(fields);
    const strings = txt.strings;
    strings.forEach((s, i) => {
      if (s.octets > 255) this.problem(state.file, 'zone/txt-string-too-long', s.span, undefined, { octets: s.octets });
      const bad = badEscapeAt(fields[i]!);
      if (bad >= 0) {
        const at = fields[i]!.start + bad;
        this.problem(state.file, 'zone/syntax', { start: at, end: at + 4 }, 'bad-escape', { text: fields[i]!.text.slice(bad, bad + 4) });
      }
    });
    const attached = entry.comments.length > 0 ? entry.comments.find((c) => c.attached && c.span.start >= record.typeSpan.end) : undefined;
    const unquoted = fields.find((f) => !f.quoted);
    if (attached && unquoted) {
      this.problem(state.file, 'zone/txt-unquoted-semicolon', { start: unquoted.span.start, end: attached.span.end });
    }
    record.txt = txt;
    record.typed = { type: record.type as 'TXT' | 'SPF', strings: fields.map((f) => (f.quoted ? f.text.slice(1, -1) : f.text)) };
  }

  private ttlValue(token: Token, file: SourceFile): number | undefined {
    const value = parseTtl(token.text);
    const span = { start: token.start, end: token.end };
    if (value === undefined) {
      this.problem(file, 'zone/syntax', span, 'bad-ttl', { text: token.text });
      return undefined;
    }
    if (value > MAX_TTL) {
      this.problem(file, 'zone/syntax', span, 'ttl-too-large', { text: token.text });
      return undefined;
    }
    return value;
  }

  private effectiveTtl(ttl: number | undefined, ttlToken: Token | undefined, type: string, file: SourceFile, typeToken: Token): number | undefined {
    if (ttlToken !== undefined) {
      if (ttl !== undefined) this.lastTtl = ttl;
      return ttl;
    }
    if (this.defaultTtl !== undefined) return this.defaultTtl;
    if (this.lastTtl !== undefined) return this.lastTtl;
    if (!this.noTtlReported) {
      this.noTtlReported = true;
      this.problem(file, 'zone/no-ttl', { start: typeToken.start, end: typeToken.end }, undefined, { type });
      // BIND falls back to the SOA's minimum for the SOA itself and only warns there.
      if (type === 'SOA') this.problems[this.problems.length - 1]!.severity = 'warning';
    }
    return undefined;
  }

  private name(token: RdataField & { start: number; end: number }, state: FileState): NameRef {
    const text = token.text;
    this.validateName(text, token, state.file);
    return new ParsedName(text, token.start, token.end, resolveName(text, state.origin), text !== '@' && !isAbsolute(text));
  }

  private rdataName(field: Token, state: FileState): NameRef {
    if (field.quoted) this.problem(state.file, 'zone/bad-rdata', field.span, 'name', { text: field.text });
    return this.name(field, state);
  }

  private validateName(text: string, at: { start: number; end: number }, file: SourceFile): void {
    const check = checkName(text);
    if (!check.problem) return;
    const span = { start: at.start, end: at.end };
    if (check.problem === 'bad-escape') this.problem(file, 'zone/syntax', span, 'bad-escape', { text: check.label ?? text });
    else if (check.problem === 'empty-label') this.problem(file, 'zone/empty-label', span, undefined, { name: text });
    else if (check.problem === 'label-too-long') this.problem(file, 'zone/label-too-long', span, undefined, { label: check.label ?? '', length: check.length ?? 0 });
    else this.problem(file, 'zone/name-too-long', span, undefined, { name: text, length: check.length ?? 0 });
  }

  private parseDirective(entry: Entry, state: FileState): void {
    const [nameToken, ...argTokens] = entry.tokens as [Token, ...Token[]];
    const kind = nameToken.text.toUpperCase();
    const args: RdataField[] = argTokens;
    const last = entry.tokens[entry.tokens.length - 1]!;
    const directive: Directive = {
      file: state.file,
      kind,
      span: { start: nameToken.start, end: last.end },
      nameSpan: { start: nameToken.start, end: nameToken.end },
      args,
    };
    this.directives.push(directive);
    const nameSpan = directive.nameSpan;
    switch (kind) {
      case '$ORIGIN':
        return this.originDirective(args, nameSpan, state);
      case '$TTL':
        return this.ttlDirective(argTokens, nameSpan, state);
      case '$INCLUDE':
        return this.includeDirective(directive, state);
      case '$GENERATE':
        return this.generateDirective(entry, argTokens, directive, state);
      default:
        this.problem(state.file, 'zone/bad-directive', nameSpan, undefined, { text: nameToken.text });
    }
  }

  private originDirective(args: RdataField[], nameSpan: Span, state: FileState): void {
    const arg = args[0];
    if (!arg) return this.problem(state.file, 'zone/syntax', nameSpan, 'missing-rdata', { type: '$ORIGIN' });
    this.validateName(arg.text, arg.span, state.file);
    if (!isAbsolute(arg.text)) this.problem(state.file, 'zone/origin-not-absolute', arg.span, undefined, { text: arg.text });
    state.origin = resolveName(arg.text, state.origin);
    if (args.length > 1) this.problem(state.file, 'zone/syntax', args[1]!.span, 'extra-rdata', { text: args[1]!.text });
  }

  private ttlDirective(argTokens: Token[], nameSpan: Span, state: FileState): void {
    const arg = argTokens[0];
    if (!arg) return this.problem(state.file, 'zone/syntax', nameSpan, 'missing-rdata', { type: '$TTL' });
    const value = this.ttlValue(arg, state.file);
    if (value !== undefined) this.defaultTtl = value;
  }

  private includeDirective(directive: Directive, state: FileState): void {
    const [pathArg, originArg] = directive.args;
    if (!pathArg) return this.problem(state.file, 'zone/syntax', directive.nameSpan, 'missing-rdata', { type: '$INCLUDE' });
    const target = resolvePath(dirname(state.file.path), pathArg.quoted ? pathArg.text.slice(1, -1) : pathArg.text);
    directive.includePath = target;
    if (state.includeChain.includes(target)) return this.problem(state.file, 'zone/include-cycle', pathArg.span, undefined, { path: target });
    if (state.depth + 1 > MAX_INCLUDE_DEPTH) return this.problem(state.file, 'zone/include-depth', pathArg.span, undefined, { depth: MAX_INCLUDE_DEPTH });
    if (this.fileBase + this.files.length > MAX_INCLUDED_FILES) {
      return this.problem(state.file, 'zone/include-depth', pathArg.span, 'tooMany', { count: MAX_INCLUDED_FILES, depth: MAX_INCLUDE_DEPTH });
    }
    const text = this.reader.readText(target);
    if (text === undefined) return this.problem(state.file, 'zone/include-missing', pathArg.span, undefined, { path: pathArg.text });
    this.includedChars += text.length;
    if (this.includedChars > MAX_INCLUDED_CHARS) {
      return this.problem(state.file, 'zone/include-depth', pathArg.span, 'tooMany', { count: MAX_INCLUDED_FILES, depth: MAX_INCLUDE_DEPTH });
    }
    let origin = state.origin;
    if (originArg) {
      this.validateName(originArg.text, originArg.span, state.file);
      origin = resolveName(originArg.text, state.origin);
    }
    const savedOwner = this.lastOwner;
    this.parseFile({ file: new SourceFile(target, text), origin, depth: state.depth + 1, includeChain: [...state.includeChain, target] });
    this.lastOwner = savedOwner;
  }

  /** `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs` (BIND): each generated record points at the directive. */
  private generateDirective(entry: Entry, argTokens: Token[], directive: Directive, state: FileState): void {
    const range = argTokens[0];
    const match = range && /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(range.text);
    if (!range || !match) {
      return this.problem(state.file, 'zone/generate-range', range ? { start: range.start, end: range.end } : directive.nameSpan, undefined, { text: range?.text ?? '' });
    }
    const from = Number(match[1]);
    const to = Number(match[2]);
    const step = match[3] ? Number(match[3]) : 1;
    if (from > to || step === 0 || (to - from) / step + 1 > MAX_GENERATED) {
      return this.problem(state.file, 'zone/generate-range', { start: range.start, end: range.end }, undefined, { text: range.text });
    }
    const template = argTokens.slice(1);
    if (template.length < 3) return this.problem(state.file, 'zone/syntax', directive.span, 'missing-rdata', { type: '$GENERATE' });
    for (let n = from; n <= to; n += step) {
      const tokens = template.map((t, index) =>
        index === 0 || index === template.length - 1 ? new Token(substitute(t.text, n), t.start, t.end, t.quoted) : t,
      );
      const synthetic: Entry = { ...entry, startsWithBlank: false, lineStart: tokens[0]!.start, tokens, problems: [], comments: [] };
      const before = this.problems.length;
      this.parseRecord(synthetic, tokens, state, directive.span);
      if (this.problems.length > before) break; // one report per directive, not one per iteration
    }
  }
}

/** BIND's $GENERATE substitution: `$`, `${offset,width,base}`, `\$` for a literal dollar. */
function substitute(template: string, n: number): string {
  return template.replace(/\\\$|\$\{(-?\d+)?(?:,(\d+))?(?:,([doxXnN]))?\}|\$/g, (whole, offset?: string, width?: string, base?: string) => {
    if (whole === '\\$') return '$';
    const value = n + (offset ? Number(offset) : 0);
    let text = base === 'o' ? value.toString(8) : base === 'x' ? value.toString(16) : base === 'X' ? value.toString(16).toUpperCase() : String(value);
    if (width) text = text.padStart(Number(width), '0');
    return text;
  });
}

function initialOrigin(file: SourceFile, options: ParseOptions): { origin: string; known: boolean } {
  if (options.origin) return { origin: resolveName(options.origin, '.'), known: true };
  const head = file.text.slice(0, 65536);
  // Comments, blank lines and $TTL may come before the first $ORIGIN (a fix may insert $TTL at the top).
  // Each line has one way to match (`;…` or a CR, never both): `(?:;[^\n]*)?\r?\n` let the CR of every CRLF
  // comment line go two ways, and a file without $ORIGIN backtracked 2^lines times.
  const first = /^(?:[ \t]*(?:;[^\n]*|\r)?\n|\$TTL[^\n]*\n)*\$ORIGIN[ \t]+([^\s;]+)/i.exec(head);
  if (first && isAbsolute(first[1]!)) return { origin: first[1]!.toLowerCase(), known: true };
  const name = basename(file.path)
    .replace(/\.(zone|dns|db|txt|hosts)$/i, '')
    .replace(/^db\./i, '');
  if (name.includes('.') && !/\s/.test(name)) return { origin: resolveName(name.replace(/\.$/, '') + '.', '.'), known: false };
  const soa = /^(\S+\.)[ \t]+(?:\S+[ \t]+){0,2}SOA\b/im.exec(head);
  if (soa) return { origin: soa[1]!.toLowerCase(), known: false };
  return { origin: '.', known: false };
}
