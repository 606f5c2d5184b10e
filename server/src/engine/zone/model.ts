import type { Span } from '../text/source';
import type { Severity } from '../diagnostics';
import type { SourceFile } from '../text/source';
import type { MappedText } from '../text/mapped-text';
import type { TypedRdata } from './rdata/types';

/** A token of rdata as written: `text` is the raw source (quotes and escapes kept). */
export interface RdataField {
  text: string;
  span: Span;
  quoted: boolean;
}

/** A domain name as written and as resolved against the origin. */
export interface NameRef {
  /** Raw text as written ('' when inherited from the previous record). */
  text: string;
  span: Span;
  /** Absolute, lower-cased, escapes kept as written, with the trailing dot ('.' for the root). */
  fqdn: string;
  /** True when written without a trailing dot (and so completed with the origin). */
  relative: boolean;
}

/** One `"…"` or bare character-string of a TXT/SPF record. */
export interface TxtString {
  /** Span of the token in the source, quotes included. */
  span: Span;
  quoted: boolean;
  /** Octets after unescaping (\DDD counts one, a UTF-8 character its byte length). */
  octets: number;
}

export interface ZoneRecord {
  /** The file the record is written in (differs from the zone's main file under $INCLUDE). */
  file: SourceFile;
  /** Whole record, from the owner (or first token) to the end of its last token, continuation lines included. */
  span: Span;
  /**
   * The owner name. A parsed record shares it with every record of the same spelling, so its `span` is not this
   * record's place: read `ownerSpan` for that.
   */
  owner: NameRef;
  /** Where this record's owner is written (empty at the record's first token when inherited). */
  ownerSpan: Span;
  /** True when the owner field was blank and the previous owner was reused. */
  ownerInherited: boolean;
  ttl: number | undefined;
  ttlSpan: Span | undefined;
  /** TTL in force: explicit, else $TTL, else previous record's (RFC 1035), else undefined. */
  effectiveTtl: number | undefined;
  classSpan: Span | undefined;
  rrclass: string;
  /** Upper-cased mnemonic, or TYPEnnn for unknown numeric types. */
  type: string;
  typeSpan: Span;
  rdata: RdataField[];
  /** Span from the first rdata token to the last (empty at the type's end when there is none). */
  rdataSpan: Span;
  /** Per-type decoded rdata; undefined when the rdata had errors (they are reported on the field). */
  typed: TypedRdata | undefined;
  /** For TXT and SPF: each character-string, and the joined value mapped back to the source. */
  txt: { strings: TxtString[]; value: MappedText } | undefined;
  /** Parenthesis span when the record used `( … )`. */
  parens: Span | undefined;
  /** 0-based index in Zone.records. */
  index: number;
  /** Values read from this record alone (see RecordMemo). */
  memo?: unknown[];
}

export type DirectiveKind = '$ORIGIN' | '$TTL' | '$INCLUDE' | '$GENERATE' | string;

export interface Directive {
  file: SourceFile;
  kind: DirectiveKind;
  span: Span;
  nameSpan: Span;
  args: RdataField[];
  /** For $INCLUDE: the resolved path, if any. */
  includePath?: string;
}

export interface Comment {
  file: SourceFile;
  span: Span;
  /** Text after the `;`. */
  text: string;
}

/** A syntax or data problem the parser found: emitted as a diagnostic by the zone/syntax rules. */
export interface ParseProblem {
  rule: string;
  file: SourceFile;
  span: Span;
  messageId?: string;
  args?: Record<string, string | number>;
  /** Overrides the rule's default severity for this problem. */
  severity?: Severity;
}

export interface Zone {
  /** The checked file. */
  file: SourceFile;
  /** Every file read: the main one first, then $INCLUDEd ones. */
  files: SourceFile[];
  /** Origin in force at the start (from options or $ORIGIN on the first line or the file name). */
  origin: string;
  /** Whether the origin is known (explicit $ORIGIN, option) or guessed (from the file name / SOA). */
  originKnown: boolean;
  records: ZoneRecord[];
  directives: Directive[];
  comments: Comment[];
  problems: ParseProblem[];
  /** Records grouped by owner fqdn, in file order. */
  byOwner: Map<string, ZoneRecord[]>;
  /** Records grouped by type, in file order, when the parser keeps them so (an incremental parse). */
  byType?: Map<string, ZoneRecord[]>;
  /** Values worked out once for this Zone object (see ZoneMemo). */
  memo?: unknown[];
}
