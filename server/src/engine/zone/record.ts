import type { SourceFile, Span } from '../text/source';
import type { MappedText } from '../text/mapped-text';
import type { Token } from './lexer';
import type { NameRef, TxtString, ZoneRecord } from './model';
import type { TypedRdata } from './rdata/types';
import { joinTxt, txtStrings } from './txt';

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
    return { start: this.start, end: this.end };
  }
}

/** The TXT strings of a record; the joined value is built the first time a rule asks for it. */
export class TxtData {
  private joined: MappedText | undefined;
  readonly strings: TxtString[];

  constructor(private readonly fields: Token[]) {
    this.strings = txtStrings(fields);
  }

  get value(): MappedText {
    return (this.joined ??= joinTxt(this.fields));
  }
}

export interface RecordParts {
  file: SourceFile;
  owner: NameRef;
  ownerInherited: boolean;
  first: Token;
  last: Token;
  parenOpen: number;
  parenClose: number;
  ttl: number | undefined;
  ttlToken: Token | undefined;
  effectiveTtl: number | undefined;
  classToken: Token | undefined;
  rrclass: string;
  type: string;
  typeToken: Token;
  rdata: Token[];
  index: number;
  /** Records made by $GENERATE point at the directive. */
  generated: Span | undefined;
}

/** ZoneRecord with spans derived from its tokens instead of stored as objects. */
export class ParsedRecord implements ZoneRecord {
  readonly file: SourceFile;
  readonly owner: NameRef;
  readonly ownerInherited: boolean;
  readonly ttl: number | undefined;
  readonly effectiveTtl: number | undefined;
  readonly rrclass: string;
  readonly type: string;
  readonly rdata: Token[];
  /** Position in Zone.records; renumbered when an incremental re-parse splices records in or out. */
  index: number;
  typed: TypedRdata | undefined = undefined;
  txt: TxtData | undefined = undefined;
  private readonly parts: RecordParts;

  constructor(parts: RecordParts) {
    this.parts = parts;
    this.file = parts.file;
    this.owner = parts.owner;
    this.ownerInherited = parts.ownerInherited;
    this.ttl = parts.ttl;
    this.effectiveTtl = parts.effectiveTtl;
    this.rrclass = parts.rrclass;
    this.type = parts.type;
    this.rdata = parts.rdata;
    this.index = parts.index;
  }

  get span(): Span {
    const p = this.parts;
    if (p.generated) return p.generated;
    return { start: p.first.start, end: Math.max(p.last.end, p.parenClose >= 0 ? p.parenClose + 1 : 0) };
  }

  get ttlSpan(): Span | undefined {
    return this.parts.ttlToken?.span;
  }

  get classSpan(): Span | undefined {
    return this.parts.classToken?.span;
  }

  get typeSpan(): Span {
    return this.parts.typeToken.span;
  }

  get rdataSpan(): Span {
    const r = this.rdata;
    if (r.length > 0) return { start: r[0]!.start, end: r[r.length - 1]!.end };
    const end = this.parts.typeToken.end;
    return { start: end, end };
  }

  get parens(): Span | undefined {
    const p = this.parts;
    if (p.parenOpen < 0) return undefined;
    return { start: p.parenOpen, end: p.parenClose >= 0 ? p.parenClose + 1 : p.parenOpen + 1 };
  }
}
