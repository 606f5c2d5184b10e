/**
 * The SPF record as RFC 7208 §4.6.1 and §12 describe it. Every range is in value coordinates (offsets into
 * the joined TXT value); `MappedText.toSource` turns them into source spans.
 */
export interface ValueRange {
  start: number;
  end: number;
}

export type Qualifier = '+' | '-' | '~' | '?';

export const MECHANISM_NAMES = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type MechanismName = (typeof MECHANISM_NAMES)[number];

export const MODIFIER_NAMES = ['redirect', 'exp'] as const;
export type ModifierName = (typeof MODIFIER_NAMES)[number];

/** A piece of the term as written, with its range. */
export interface Part {
  text: string;
  range: ValueRange;
}

/** `/n` after an address or domain; `value` is undefined when the digits are missing or malformed. */
export interface CidrLength {
  value: number | undefined;
  range: ValueRange;
}

export interface SpfMechanism {
  kind: 'mechanism';
  range: ValueRange;
  /** The qualifier as written; absent means `+`. */
  qualifier: Part | undefined;
  /** The name as written (may be a typo, or empty when the term does not start with a letter). */
  name: Part;
  /** The lower-cased name when it is one of the eight mechanisms. */
  known: MechanismName | undefined;
  /** The domain-spec after `:` (include, a, mx, ptr, exists). */
  domain: Part | undefined;
  /** The address after `:` (ip4, ip6). */
  address: Part | undefined;
  cidr4: CidrLength | undefined;
  cidr6: CidrLength | undefined;
}

export interface SpfModifier {
  kind: 'modifier';
  range: ValueRange;
  name: Part;
  known: ModifierName | undefined;
  value: Part;
}

export type SpfTerm = SpfMechanism | SpfModifier;

/** Which rule a grammar problem belongs to (the rule id is `spf/<code>`). */
export type SpfProblemCode = 'syntax' | 'unknown-mechanism' | 'bad-ip' | 'bad-cidr' | 'bad-domain-spec' | 'macro' | 'exp-only-macro';

/** A replacement the rule can offer as a fix, in value coordinates. */
export interface Suggestion {
  range: ValueRange;
  text: string;
  /** Safe to apply without asking (fix-all); false when the guess could be wrong. */
  preferred?: boolean;
}

export interface SpfProblem {
  code: SpfProblemCode;
  /** Catalogue message id of the rule. */
  messageId: string;
  range: ValueRange;
  /** Index into `SpfParse.terms` of the term it is in. */
  term: number;
  args?: Record<string, string | number>;
  suggestion?: Suggestion;
}

export interface SpfParse {
  value: string;
  /** The `v=spf1` version section. */
  version: ValueRange;
  terms: readonly SpfTerm[];
  problems: readonly SpfProblem[];
}

/** Whether the term is the named mechanism (a plain boolean: a false answer says nothing about the kind). */
export function isMechanism(term: SpfTerm, name: MechanismName): boolean {
  return term.kind === 'mechanism' && term.known === name;
}

export function isModifier(term: SpfTerm, name: ModifierName): boolean {
  return term.kind === 'modifier' && term.known === name;
}

/** The qualifier in force: written or the default `+`. */
export function qualifierOf(term: SpfMechanism): Qualifier {
  return (term.qualifier?.text as Qualifier | undefined) ?? '+';
}
