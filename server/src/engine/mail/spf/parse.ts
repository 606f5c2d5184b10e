import {
  MECHANISM_NAMES,
  MODIFIER_NAMES,
  type CidrLength,
  type MechanismName,
  type ModifierName,
  type Part,
  type SpfMechanism,
  type SpfModifier,
  type SpfParse,
  type SpfProblem,
  type SpfProblemCode,
  type SpfTerm,
  type Suggestion,
  type ValueRange,
} from './ast';
import { isIp6, isSpfIp4, looksLikeIp4, looksLikeIp6 } from './address';
import { checkDomainSpec } from './domain-spec';
import { describeChar, scanMacroString } from './macro';
import { suggestMechanism } from './typos';
import { compactList } from '../../text/compact';
import { allDigits } from '../../text/digits';

const VERSION = /^v=spf1(?= |$)/i;
const VERSION_RANGE: ValueRange = Object.freeze({ start: 0, end: 6 });
const QUALIFIERS = '+-~?';
const MECHANISMS = new Map<string, MechanismName>(MECHANISM_NAMES.map((name) => [name, name]));
const MODIFIERS = new Map<string, ModifierName>(MODIFIER_NAMES.map((name) => [name, name]));

/** Whitespace that is not SP (tab, line breaks, NBSP, U+2000–U+200B, U+3000): receivers do not split terms on it (RFC 7208 §4.6.1 allows SP only). */
function isForeignSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[A-Za-z][A-Za-z0-9_.-]*=` at `from`: the end of the name (the `=`), or -1. */
function modifierNameEnd(text: string, from: number): number {
  if (!isLetter(text.charCodeAt(from))) return -1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) return i;
    if (!(isLetter(c) || isDigitCode(c) || c === 95 || c === 46 || c === 45)) return -1;
  }
  return -1;
}

/** The end of `[A-Za-z][A-Za-z0-9]*` at `from` (`from` itself when there is no letter). */
function mechanismNameEnd(text: string, from: number): number {
  if (!isLetter(text.charCodeAt(from))) return from;
  let i = from + 1;
  while (i < text.length && (isLetter(text.charCodeAt(i)) || isDigitCode(text.charCodeAt(i)))) i++;
  return i;
}

/** Whether a TXT value is an SPF record: it starts with `v=spf1` followed by a space or the end (§4.5). */
export function isSpfValue(value: string): boolean {
  return VERSION.test(value);
}

/**
 * Parses an SPF record over its joined TXT value. Returns undefined when the value is not an SPF record.
 * Never throws: every problem is collected with its range, and parsing goes on with the next term, so a
 * record with several mistakes reports all of them.
 */
export function parseSpf(value: string): SpfParse | undefined {
  if (!isSpfValue(value)) return undefined;
  const terms: SpfTerm[] = [];
  const problems: SpfProblem[] = [];
  let i = 6;
  while (i < value.length) {
    const code = value.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    if (isForeignSpace(code)) {
      problems.push({ code: 'syntax', messageId: 'badSeparator', range: { start: i, end: i + 1 }, term: terms.length, args: { char: describeChar(value[i]!) } });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < value.length) {
      const c = value.charCodeAt(j);
      if (c === 32 || isForeignSpace(c)) break;
      j++;
    }
    terms.push(new TermParser(value.slice(i, j), i, terms.length, problems).parse());
    i = j;
  }
  return { value, version: VERSION_RANGE, terms: compactList(terms), problems: compactList(problems) };
}

class TermParser {
  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly index: number,
    private readonly problems: SpfProblem[],
  ) {}

  parse(): SpfTerm {
    const hasQualifier = QUALIFIERS.includes(this.text[0]!);
    const at = hasQualifier ? 1 : 0;
    const equals = modifierNameEnd(this.text, at);
    if (equals >= 0) {
      const name = this.text.slice(at, equals);
      if (hasQualifier) this.report('syntax', 'qualifiedModifier', this.range(0, 1), { name });
      return this.modifier(at, name);
    }
    return this.mechanism(hasQualifier);
  }

  private modifier(at: number, nameText: string): SpfModifier {
    const known = MODIFIERS.get(nameText.toLowerCase());
    const name = new WrittenPart(known === nameText ? known : nameText, this.start + at, this.start + at + nameText.length);
    const value = this.part(at + nameText.length + 1, this.text.length);
    const term: SpfModifier = new ModifierTerm(this.start, this.start + this.text.length, name, known, value);
    if (known) this.domainSpec(value, nameText);
    else this.macroString(value);
    return term;
  }

  private mechanism(hasQualifier: boolean): SpfMechanism {
    const at = hasQualifier ? 1 : 0;
    const nameText = this.text.slice(at, mechanismNameEnd(this.text, at));
    const known = nameText === '' ? undefined : MECHANISMS.get(nameText.toLowerCase());
    const qualifier = hasQualifier ? this.part(0, 1) : undefined;
    // The name as its lower-case known spelling when it is written so: one shared string, not a copy per term.
    const name = new WrittenPart(known === nameText ? known : nameText, this.start + at, this.start + at + nameText.length);
    const term: SpfMechanism = new MechanismTerm(this.start, this.start + this.text.length, qualifier, name, known);
    const restAt = at + nameText.length;
    if (!known) this.unknown(term, restAt);
    else if (known === 'all') this.noArgument(term, restAt);
    else if (known === 'include' || known === 'exists') this.requiredDomain(term, restAt);
    else if (known === 'a' || known === 'mx') this.optionalDomain(term, restAt, true);
    else if (known === 'ptr') this.optionalDomain(term, restAt, false);
    else this.network(term, restAt, known);
    return term;
  }

  private unknown(term: SpfMechanism, restAt: number): void {
    const afterQualifier = this.text.slice(term.name.range.start - this.start);
    if (term.name.text === '') {
      if (afterQualifier === '') this.report('syntax', 'loneQualifier', this.range(0, this.text.length));
      else if (looksLikeIp4(afterQualifier) || looksLikeIp6(afterQualifier)) {
        const mechanism = looksLikeIp4(afterQualifier) ? 'ip4' : 'ip6';
        const at = term.name.range.start;
        this.report('unknown-mechanism', 'bareAddress', { start: at, end: term.range.end }, { address: afterQualifier, mechanism }, { range: { start: at, end: at }, text: `${mechanism}:`, preferred: true });
      } else this.report('syntax', 'notATerm', term.range, { term: this.text });
      return;
    }
    const rest = this.text.slice(restAt);
    const suggestion = suggestMechanism(term.name.text, rest);
    const range = { start: term.name.range.start, end: term.range.end };
    const fix: Suggestion | undefined = suggestion && {
      range: { start: term.name.range.start, end: this.start + restAt + suggestion.consumes },
      text: suggestion.text,
      preferred: suggestion.confident,
    };
    const messageId = suggestion ? 'didYouMean' : 'default';
    this.report('unknown-mechanism', messageId, range, { name: term.name.text, suggestion: suggestion?.text ?? '' }, fix);
  }

  private noArgument(term: SpfMechanism, restAt: number): void {
    if (restAt < this.text.length) this.report('syntax', 'allArgument', this.range(restAt, this.text.length), { text: this.text.slice(restAt) });
  }

  private requiredDomain(term: SpfMechanism, restAt: number): void {
    const rest = this.text.slice(restAt);
    if (rest === '') {
      this.report('bad-domain-spec', 'missing', term.range, { name: term.name.text });
      return;
    }
    if (rest[0] !== ':') {
      this.report('syntax', 'unexpectedAfterName', this.range(restAt, this.text.length), { name: term.name.text, text: rest });
      return;
    }
    term.domain = this.part(restAt + 1, this.text.length);
    if (term.domain.text === '') this.report('bad-domain-spec', 'missing', term.range, { name: term.name.text });
    else this.domainSpec(term.domain, term.name.text);
  }

  /** a, mx and ptr: `[":" domain-spec]`, then for a and mx a dual CIDR length. */
  private optionalDomain(term: SpfMechanism, restAt: number, allowCidr: boolean): void {
    const rest = this.text.slice(restAt);
    if (rest === '') return;
    let cidrAt = restAt;
    if (rest[0] === ':') {
      cidrAt = firstSlashOutsideMacros(this.text, restAt + 1);
      term.domain = this.part(restAt + 1, cidrAt);
      if (term.domain.text === '') this.report('bad-domain-spec', 'missing', this.range(restAt, restAt + 1), { name: term.name.text });
      else this.domainSpec(term.domain, term.name.text);
    } else if (rest[0] !== '/') {
      this.report('syntax', 'unexpectedAfterName', this.range(restAt, this.text.length), { name: term.name.text, text: rest });
      return;
    }
    if (cidrAt >= this.text.length) return;
    if (!allowCidr) {
      this.report('syntax', 'noCidr', this.range(cidrAt, this.text.length), { name: term.name.text });
      return;
    }
    this.dualCidr(term, cidrAt);
  }

  private dualCidr(term: SpfMechanism, at: number): void {
    const text = this.text.slice(at);
    if (text.startsWith('//')) {
      term.cidr6 = this.cidr(at + 1, this.text.length, 128);
      return;
    }
    const second = text.indexOf('/', 1);
    const ip4End = second < 0 ? this.text.length : at + second;
    term.cidr4 = this.cidr(at, ip4End, 32);
    if (second < 0) return;
    if (text.startsWith('//', second)) {
      term.cidr6 = this.cidr(ip4End + 1, this.text.length, 128);
      return;
    }
    this.report('bad-cidr', 'singleSlashIp6', this.range(second + at, this.text.length), { text: this.text.slice(ip4End) }, { range: this.range(ip4End, ip4End), text: '/', preferred: true });
  }

  /** `/digits` between `from` (the slash) and `to`: no leading zeros, at most `max` (§5.6). */
  private cidr(from: number, to: number, max: number): CidrLength {
    const range = this.range(from, to);
    const digits = this.text.slice(from + 1, to);
    const fail = (messageId: string) => {
      this.report('bad-cidr', messageId, range, { text: this.text.slice(from, to), max });
      return new Cidr(undefined, range.start, range.end);
    };
    if (digits === '') return fail('empty');
    if (!allDigits(digits)) return fail('notNumber');
    if (digits.length > 1 && digits[0] === '0') return fail('leadingZero');
    const value = Number(digits);
    if (value > max) return fail('outOfRange');
    return new Cidr(value, range.start, range.end);
  }

  private network(term: SpfMechanism, restAt: number, known: 'ip4' | 'ip6'): void {
    const rest = this.text.slice(restAt);
    if (rest === '' || rest === ':') {
      this.report('bad-ip', 'missing', term.range, { name: term.name.text });
      return;
    }
    if (rest[0] !== ':') {
      this.report('syntax', 'unexpectedAfterName', this.range(restAt, this.text.length), { name: term.name.text, text: rest });
      return;
    }
    const slash = this.text.indexOf('/', restAt + 1);
    const addressEnd = slash < 0 ? this.text.length : slash;
    term.address = this.part(restAt + 1, addressEnd);
    this.address(term, known);
    if (slash < 0) return;
    if (this.text.startsWith('//', slash)) {
      this.report('bad-cidr', 'dualOnNetwork', this.range(slash, this.text.length), { name: term.name.text, text: this.text.slice(slash) });
      return;
    }
    const cidr = this.cidr(slash, this.text.length, known === 'ip4' ? 32 : 128);
    if (known === 'ip4') term.cidr4 = cidr;
    else term.cidr6 = cidr;
  }

  private address(term: SpfMechanism, known: 'ip4' | 'ip6'): void {
    const address = term.address!;
    const valid = known === 'ip4' ? isSpfIp4(address.text) : isIp6(address.text);
    if (valid) return;
    const other = known === 'ip4' ? 'ip6' : 'ip4';
    const isOther = known === 'ip4' ? isIp6(address.text) : isSpfIp4(address.text);
    if (isOther) {
      this.report('bad-ip', 'wrongFamily', address.range, { name: term.name.text, address: address.text, mechanism: other }, { range: term.name.range, text: other, preferred: true });
    } else this.report('bad-ip', 'default', address.range.start === address.range.end ? term.range : address.range, { name: known, address: address.text });
  }

  private domainSpec(part: Part, owner: string): void {
    if (part.text === '') {
      this.report('bad-domain-spec', 'missing', this.range(0, this.text.length), { name: owner });
      return;
    }
    for (const issue of checkDomainSpec(part.text, part.range.start)) {
      this.report(issue.code, issue.messageId, issue.range, { name: owner, ...issue.args }, ipAddressSuggestion(issue.messageId, part, owner));
    }
  }

  private macroString(part: Part): void {
    for (const issue of scanMacroString(part.text, part.range.start).issues) {
      this.report(issue.code === 'bad-char' ? 'syntax' : issue.code, issue.messageId, issue.range, issue.args);
    }
  }

  private range(from: number, to: number): ValueRange {
    return { start: this.start + from, end: this.start + to };
  }

  private part(from: number, to: number): Part {
    return new WrittenPart(this.text.slice(from, to), this.start + from, this.start + to);
  }

  private report(code: SpfProblemCode, messageId: string, range: ValueRange, args?: Record<string, string | number>, suggestion?: Suggestion): void {
    const problem: SpfProblem = { code, messageId, range, term: this.index };
    if (args) problem.args = args;
    if (suggestion) problem.suggestion = suggestion;
    this.problems.push(problem);
  }
}

// The parsed terms keep their places as numbers and make a range object only when one is asked for: a large
// zone holds hundreds of thousands of terms, and a range object per term, part and CIDR length was a third of
// their memory.

class WrittenPart implements Part {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): ValueRange {
    return { start: this.start, end: this.end };
  }
}

class Cidr implements CidrLength {
  constructor(
    readonly value: number | undefined,
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): ValueRange {
    return { start: this.start, end: this.end };
  }
}

class MechanismTerm implements SpfMechanism {
  readonly kind = 'mechanism';
  domain: Part | undefined = undefined;
  address: Part | undefined = undefined;
  cidr4: CidrLength | undefined = undefined;
  cidr6: CidrLength | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly qualifier: Part | undefined,
    readonly name: Part,
    readonly known: MechanismName | undefined,
  ) {}

  get range(): ValueRange {
    return { start: this.start, end: this.end };
  }
}

class ModifierTerm implements SpfModifier {
  readonly kind = 'modifier';

  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: Part,
    readonly known: ModifierName | undefined,
    readonly value: Part,
  ) {}

  get range(): ValueRange {
    return { start: this.start, end: this.end };
  }
}

/** `a:1.2.3.4` means `ip4:1.2.3.4`: offer that rewrite of the name and colon. */
function ipAddressSuggestion(messageId: string, part: Part, owner: string): Suggestion | undefined {
  if (messageId !== 'ipAddress' || !/^a$/i.test(owner)) return undefined;
  return { range: { start: part.range.start - 2, end: part.range.start - 1 }, text: 'ip4', preferred: true };
}

function firstSlashOutsideMacros(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '%' && text[i + 1] === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === '/' && depth === 0) return i;
  }
  return text.length;
}
