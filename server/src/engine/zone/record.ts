import type { SourceFile, Span } from '../text/source';
import type { MappedText } from '../text/mapped-text';
import { lexFields, type Token } from './lexer';
import type { NameRef, TxtString, ZoneRecord } from './model';
import type { TypedRdata } from './rdata/types';
import { joinTxt, txtStrings, unquoteText } from './txt';

/** A name as written and resolved; its span is computed on demand (a large zone has millions). */
export class ParsedName implements NameRef {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly fqdn: string,
    readonly relative: boolean,
  ) {}

  get span(): Span {
    if (this.start < 0) throw new Error(`the name ${this.fqdn} is shared by several records: read the place from the record's ownerSpan`);
    return { start: this.start, end: this.end };
  }
}

/** The TXT strings of a record: the strings, the joined value and the typed rdata are built when first asked for. */
export class TxtData {
  private joined: MappedText | undefined = undefined;
  private list: TxtString[] | undefined = undefined;
  private decoded: TypedRdata | undefined = undefined;

  constructor(private readonly record: ZoneRecord) {}

  get strings(): TxtString[] {
    return (this.list ??= txtStrings(this.record.rdata));
  }

  get value(): MappedText {
    return (this.joined ??= joinTxt(this.record.rdata));
  }

  get typed(): TypedRdata {
    return (this.decoded ??= { type: this.record.type as 'TXT' | 'SPF', strings: this.record.rdata.map((f) => unquoteText(f.text, f.quoted)) });
  }
}

/**
 * ZoneRecord with its spans kept as numbers and its rdata fields made again from the source when asked for
 * (rules read the typed rdata): a large zone has millions of records, and a record's fields, tokens and span
 * objects would be most of its memory.
 */
export class ParsedRecord implements ZoneRecord {
  /** Position in Zone.records; renumbered when an incremental re-parse splices records in or out. */
  index: number;
  /** For TXT and SPF: the character-strings (their typed rdata too). */
  txt: TxtData | undefined = undefined;
  memo: unknown[] | undefined = undefined;
  /** The typed rdata (TXT and SPF: made from `txt` when asked for). */
  private typedValue: TypedRdata | undefined = undefined;

  constructor(
    readonly file: SourceFile,
    /** Shared by the records that write the same name (one object a name, not one a record): see ownerSpan. */
    readonly owner: ParsedName,
    protected readonly ownerStart: number,
    readonly ttl: number | undefined,
    readonly effectiveTtl: number | undefined,
    readonly rrclass: string,
    readonly type: string,
    index: number,
    /** End of the record's last token (or of its `)`). */
    private readonly end: number,
    private readonly typeStart: number,
    private readonly typeEnd: number,
    /** The `(` … `)` span when the record has one. */
    private readonly parenSpan: Span | undefined,
  ) {
    this.index = index;
  }

  /** True when the owner field was blank (an inherited owner has no text; a written one always has). */
  get ownerInherited(): boolean {
    return this.owner.text === '';
  }

  /** The rdata fields, lexed again from the source (each call makes new objects). */
  get rdata(): Token[] {
    return lexFields(this.file.text, this.typeEnd, this.end);
  }

  /** TXT/SPF: the strings become `typed` and `txt` when a rule first asks. */
  setTxt(): void {
    this.txt = new TxtData(this);
  }

  get typed(): TypedRdata | undefined {
    const typed = this.typedValue;
    if (typed !== undefined) return typed;
    const txt = this.txt;
    return txt !== undefined ? txt.typed : undefined;
  }

  set typed(value: TypedRdata | undefined) {
    this.typedValue = value;
  }

  get span(): Span {
    return { start: this.ownerStart, end: this.end };
  }

  /** The owner's text is the source's (not so for $GENERATE records, which keep their own end). */
  get ownerSpan(): Span {
    return { start: this.ownerStart, end: this.ownerStart + this.owner.text.length };
  }

  get ttlSpan(): Span | undefined {
    return this.head().ttl;
  }

  get classSpan(): Span | undefined {
    return this.head().rrclass;
  }

  /**
   * The TTL and class fields, lexed again from the text between the owner and the type (a TTL starts with a
   * digit, as the parser tells them apart): few ask, and four numbers a record were 32 MB in a million records.
   */
  private head(): { ttl?: Span; rrclass?: Span } {
    const found: { ttl?: Span; rrclass?: Span } = {};
    const from = this.ownerInherited ? this.ownerStart : this.ownerSpan.end;
    for (const token of lexFields(this.file.text, from, this.typeStart)) {
      const code = token.text.charCodeAt(0);
      if (found.ttl === undefined && code >= 48 && code <= 57) found.ttl = token.span;
      else found.rrclass = token.span;
    }
    return found;
  }

  get typeSpan(): Span {
    return { start: this.typeStart, end: this.typeEnd };
  }

  get rdataSpan(): Span {
    const r = this.rdata;
    if (r.length > 0) return { start: r[0]!.start, end: r[r.length - 1]!.end };
    return { start: this.typeEnd, end: this.typeEnd };
  }

  get parens(): Span | undefined {
    const p = this.parenSpan;
    return p === undefined ? undefined : { start: p.start, end: p.end };
  }
}

/** A record made by $GENERATE: its fields are not the source's text, and its span is the directive's. */
export class GeneratedRecord extends ParsedRecord {
  private fields: Token[] = [];
  private directive: Span = { start: 0, end: 0 };
  private ownerEnd = 0;

  setGenerated(fields: Token[], directive: Span, ownerEnd: number): void {
    this.fields = fields;
    this.directive = directive;
    this.ownerEnd = ownerEnd;
  }

  override get ownerSpan(): Span {
    return { start: this.ownerStart, end: this.ownerEnd };
  }

  override get rdata(): Token[] {
    return this.fields;
  }

  override get span(): Span {
    return this.directive;
  }
}
