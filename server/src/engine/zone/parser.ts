import type { Span } from '../text/source';
import { SourceFile } from '../text/source';
import type { FileReader } from '../workspace';
import { Token, ZoneLexer, entryTokens, tokenText, type Entry } from './lexer';
import type { Comment, Directive, NameRef, ParseProblem, RdataField, Zone, ZoneRecord } from './model';
import { GeneratedRecord, ParsedName, ParsedRecord } from './record';
import { badEscapeAt, contentOctets } from './txt';
import type { RdataContext } from './rdata/parse';
import { checkName, isAbsolute, resolveName } from './names';
import { basename, dirname, resolvePath } from './paths';
import { parseRdata } from './rdata/parse';
import { MAX_TTL, parseTtl } from './ttl';
import { wordKind, type WordKind } from './types-table';

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
/** Bound on the parser's table of names already resolved (it is dropped with the parser). */
const MAX_CACHED_NAMES = 1 << 18;

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
  /** Valid names seen under `namesOrigin`, by spelling (see nameAt). */
  private readonly names = new Map<string, ParsedName>();
  private namesOrigin = '';
  /** The last name looked up (owners repeat on consecutive lines). */
  private lastName: ParsedName | undefined = undefined;
  /** The last valid owner name (see ownerAt). */
  private lastOwnerName: ParsedName | undefined = undefined;
  /** The shared blank owners, by the name they continue (see inheritedOwner). */
  private readonly inheritedNames = new Map<string, ParsedName>();
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
    const records = this.records;
    // Records of one owner mostly follow each other (and share the fqdn string, see nameAt): a run of them is
    // one slice of exactly its length and one map lookup. An owner met again in a later run is pushed to, and
    // copied to its size at the end (a pushed-to list keeps room for 16 more, and a zone has many owners).
    const grown = new Set<string>();
    for (let start = 0; start < records.length; ) {
      const fqdn = records[start]!.owner.fqdn;
      let end = start + 1;
      while (end < records.length && records[end]!.owner.fqdn === fqdn) end++;
      const list = byOwner.get(fqdn);
      if (list === undefined) byOwner.set(fqdn, records.slice(start, end));
      else {
        for (let i = start; i < end; i++) list.push(records[i]!);
        grown.add(fqdn);
      }
      start = end;
    }
    for (const owner of grown) byOwner.set(owner, byOwner.get(owner)!.slice());
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
    const text = file.text;
    const problems = entry.problems;
    for (let k = 0; k < problems.length; k++) this.problem(file, problems[k]!.rule, problems[k]!.span, problems[k]!.messageId);
    const comments = entry.comments;
    for (let k = 0; k < comments.length; k++) {
      const c = comments[k]!;
      this.comments.push({ file, span: { start: c.start, end: c.end }, text: text.slice(c.start + 1, c.end) });
    }
    if (entry.count === 0) return;
    if (!entry.startsWithBlank && text.charCodeAt(entry.starts[0]!) === 36 /* $ */ && entry.starts[0] === entry.lineStart) {
      this.parseDirective(entry, state);
      return;
    }
    this.parseRecord(entry, state, undefined);
  }

  private parseRecord(entry: Entry, state: FileState, generated: Span | undefined): void {
    const { file } = state;
    const text = file.text;
    const count = entry.count;
    const starts = entry.starts;
    const ends = entry.ends;
    const quoted = entry.quoted;
    let i = 0;
    let owner: ParsedName;
    const ownerStart = starts[0]!;
    const ownerInherited = entry.startsWithBlank || ownerStart !== entry.lineStart;
    if (!ownerInherited) {
      owner = this.ownerAt(entry, text, state);
      i = 1;
    } else if (this.lastOwner) {
      owner = this.inheritedOwner(this.lastOwner);
    } else {
      this.problem(file, 'zone/syntax', { start: starts[0]!, end: ends[0]! }, 'no-owner');
      return;
    }
    let ttl: number | undefined;
    let ttlIndex = -1;
    let rrclass: string | undefined;
    let classIndex = -1;
    let typeKind: WordKind | undefined;
    for (let k = 0; k < 2 && i < count; k++) {
      if (quoted[i] === 1) break;
      const first = entry.texts !== undefined ? entry.texts[i]!.charCodeAt(0) : text.charCodeAt(starts[i]!);
      if (ttlIndex < 0 && first >= 48 && first <= 57) {
        ttlIndex = i;
        ttl = this.ttlValue(tokenText(entry, text, i), starts[i]!, ends[i]!, file);
        i++;
        continue;
      }
      if (rrclass !== undefined) break;
      const kind = wordKind(tokenText(entry, text, i));
      if (!kind.isClass) {
        typeKind = kind;
        break;
      }
      rrclass = kind.upper;
      classIndex = i;
      i++;
    }
    if (i >= count) {
      this.problem(file, 'zone/syntax', { start: starts[count - 1]!, end: ends[count - 1]! }, 'missing-type');
      return;
    }
    const typeStart = starts[i]!;
    const typeEnd = ends[i]!;
    if (typeKind === undefined && quoted[i] !== 1) typeKind = wordKind(tokenText(entry, text, i));
    if (quoted[i] === 1 || !typeKind!.isType) {
      this.problem(file, 'zone/syntax', { start: typeStart, end: typeEnd }, 'unknown-type', { text: tokenText(entry, text, i) });
      return;
    }
    const type = typeKind!.upper;
    if (rrclass && rrclass !== 'IN' && generated === undefined && rrclass !== 'CH' && rrclass !== 'HS') {
      // NONE/ANY/CSnet/CLASSnnn are legal tokens but meaningless in a master file.
      this.problem(file, 'zone/syntax', { start: starts[classIndex]!, end: ends[classIndex]! }, 'bad-class', { text: rrclass });
    }
    const rdata = entryTokens(entry, text, i + 1);
    const effectiveTtl = this.effectiveTtl(ttl, ttlIndex >= 0, type, file, typeStart, typeEnd);
    const lastEnd = ends[count - 1]!;
    const parenClose = entry.parenClose;
    const args = [
      file,
      owner,
      ownerStart,
      ttl,
      effectiveTtl,
      rrclass ?? 'IN',
      type,
      this.records.length,
      Math.max(lastEnd, parenClose >= 0 ? parenClose + 1 : 0),
      typeStart,
      typeEnd,
      entry.parenOpen < 0 ? undefined : { start: entry.parenOpen, end: parenClose >= 0 ? parenClose + 1 : entry.parenOpen + 1 },
    ] as const;
    let record: ParsedRecord;
    if (generated === undefined) {
      record = new ParsedRecord(...args);
    } else {
      const made = new GeneratedRecord(...args);
      made.setGenerated(rdata, generated, ends[0]!);
      record = made;
    }
    this.lastOwner = owner;
    if (rdata.length === 0) {
      this.problem(file, 'zone/syntax', { start: typeStart, end: typeEnd }, 'missing-rdata', { type });
    } else if ((type === 'TXT' || type === 'SPF') && rdata[0]!.text !== '\\#') {
      this.checkTxt(record, rdata, entry, state, typeEnd);
    } else {
      this.rdataContext.type = type;
      this.rdataContext.file = file;
      this.rdataContext.state = state;
      this.rdataContext.endSpan = { start: typeStart, end: typeEnd };
      record.typed = parseRdata(type, rdata, this.rdataContext);
    }
    this.records.push(record);
  }

  private checkTxt(record: ParsedRecord, fields: Token[], entry: Entry, state: FileState, typeEnd: number): void {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      // A character-string of at most 85 UTF-16 units cannot exceed 255 octets (3 per unit at most).
      if (field.text.length > 85) {
        const octets = contentOctets(field);
        if (octets > 255) this.problem(state.file, 'zone/txt-string-too-long', field.span, undefined, { octets });
      }
      const bad = field.text.indexOf('\\') >= 0 ? badEscapeAt(field) : -1;
      if (bad >= 0) {
        const at = field.start + bad;
        this.problem(state.file, 'zone/syntax', { start: at, end: at + 4 }, 'bad-escape', { text: field.text.slice(bad, bad + 4) });
      }
    }
    if (entry.comments.length > 0) {
      const attached = entry.comments.find((c) => c.attached && c.start >= typeEnd);
      // The unquoted word the `;` cut: the first one of the value, provided it comes before the comment (in a
      // record over several lines an unquoted word may follow the comment, on the next line).
      const unquoted = fields.find((f) => !f.quoted);
      if (attached && unquoted && unquoted.start < attached.start) {
        this.problem(state.file, 'zone/txt-unquoted-semicolon', { start: unquoted.start, end: attached.end });
      }
    }
    record.setTxt();
  }

  private ttlValue(text: string, start: number, end: number, file: SourceFile): number | undefined {
    const value = parseTtl(text);
    const span = { start, end };
    if (value === undefined) {
      this.problem(file, 'zone/syntax', span, 'bad-ttl', { text });
      return undefined;
    }
    if (value > MAX_TTL) {
      this.problem(file, 'zone/syntax', span, 'ttl-too-large', { text });
      return undefined;
    }
    return value;
  }

  private effectiveTtl(ttl: number | undefined, hasTtl: boolean, type: string, file: SourceFile, typeStart: number, typeEnd: number): number | undefined {
    if (hasTtl) {
      if (ttl !== undefined) this.lastTtl = ttl;
      return ttl;
    }
    if (this.defaultTtl !== undefined) return this.defaultTtl;
    if (this.lastTtl !== undefined) return this.lastTtl;
    if (!this.noTtlReported) {
      this.noTtlReported = true;
      this.problem(file, 'zone/no-ttl', { start: typeStart, end: typeEnd }, undefined, { type });
      // BIND falls back to the SOA's minimum for the SOA itself and only warns there.
      if (type === 'SOA') this.problems[this.problems.length - 1]!.severity = 'warning';
    }
    return undefined;
  }

  private name(token: RdataField & { start: number; end: number }, state: FileState): NameRef {
    return this.nameAt(token.text, token.start, token.end, state);
  }

  /**
   * The owner field of `entry`, as the name object every record that writes it shares (its place is the
   * record's ownerSpan): the previous record's owner again is compared in place, without a copy of its text.
   */
  private ownerAt(entry: Entry, text: string, state: FileState): ParsedName {
    const start = entry.starts[0]!;
    const end = entry.ends[0]!;
    const last = this.lastOwnerName;
    if (last !== undefined && entry.texts === undefined && this.namesOrigin === state.origin && sameText(text, start, end, last.text)) return last;
    const name = this.knownName(tokenText(entry, text, 0), start, end, state);
    this.lastOwnerName = this.lastName;
    return name;
  }

  /** The blank owner of a record that continues `previous`'s name: one shared object per name. */
  private inheritedOwner(previous: NameRef): ParsedName {
    const key = previous.relative ? previous.fqdn : previous.fqdn + ' ';
    let name = this.inheritedNames.get(key);
    if (name === undefined) this.inheritedNames.set(key, (name = new ParsedName('', -1, -1, previous.fqdn, previous.relative)));
    return name;
  }

  /**
   * A name field: validated, resolved against the origin. Names repeat (owners, MX and NS targets), so a
   * valid name's fqdn is looked up by its spelling and shared by every record that writes it.
   */
  private nameAt(text: string, start: number, end: number, state: FileState): ParsedName {
    const known = this.knownName(text, start, end, state);
    return known.start >= 0 ? known : new ParsedName(known.text, start, end, known.fqdn, known.relative);
  }

  /** The shared object of a valid name (no place of its own), or an invalid name with its place. */
  private knownName(text: string, start: number, end: number, state: FileState): ParsedName {
    const origin = state.origin;
    if (origin !== this.namesOrigin) {
      this.names.clear();
      this.lastName = undefined;
      this.lastOwnerName = undefined;
      this.namesOrigin = origin;
    }
    const last = this.lastName;
    let known = last !== undefined && last.text === text ? last : this.names.get(text);
    if (known === undefined) {
      if (checkName(text).problem) {
        this.validateName(text, { start, end }, state.file);
        return new ParsedName(text, start, end, resolveName(text, origin), text !== '@' && !isAbsolute(text));
      }
      if (this.names.size >= MAX_CACHED_NAMES) this.names.clear();
      known = new ParsedName(text, -1, -1, resolveName(text, origin), text !== '@' && !isAbsolute(text));
      this.names.set(text, known);
    }
    this.lastName = known;
    return known;
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
    const [nameToken, ...argTokens] = entryTokens(entry, state.file.text, 0) as [Token, ...Token[]];
    const kind = nameToken.text.toUpperCase();
    const args: RdataField[] = argTokens;
    const last = argTokens.length > 0 ? argTokens[argTokens.length - 1]! : nameToken;
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
    const value = this.ttlValue(arg.text, arg.start, arg.end, state.file);
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
    const synthetic: Entry = {
      lineStart: template[0]!.start,
      startsWithBlank: false,
      count: template.length,
      starts: Int32Array.from(template, (t) => t.start),
      ends: Int32Array.from(template, (t) => t.end),
      quoted: Uint8Array.from(template, (t) => (t.quoted ? 1 : 0)),
      texts: template.map((t) => t.text),
      comments: [],
      parenOpen: entry.parenOpen,
      parenClose: entry.parenClose,
      problems: [],
    };
    const texts = synthetic.texts!;
    for (let n = from; n <= to; n += step) {
      texts[0] = substitute(template[0]!.text, n);
      texts[template.length - 1] = substitute(template[template.length - 1]!.text, n);
      const before = this.problems.length;
      this.parseRecord(synthetic, state, directive.span);
      if (this.problems.length > before) break; // one report per directive, not one per iteration
    }
  }
}

/** Whether text[start, end) is `word`. */
function sameText(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
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
