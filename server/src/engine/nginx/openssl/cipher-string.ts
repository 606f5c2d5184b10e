import { cipherAliases, type CipherAlias } from './aliases';
import {
  allSuites,
  AUTH,
  compiledSuites,
  DEFAULT_MASK,
  ENC,
  ENC_AES,
  ENC_AESGCM,
  KX,
  KX_PSK,
  MAC,
  STRONG_MASK,
  TLS1_2,
  type Suite,
} from './suites';

/**
 * OpenSSL 3.0's cipher-string grammar (SSL_CTX_set_cipher_list, ssl/ssl_ciph.c) over the suites table.
 * The result equals `openssl ciphers -s -tls1_2 'STRING'` of Debian's OpenSSL 3.0.
 */

export type CipherOp = 'add' | 'delete' | 'order' | 'kill' | 'special';

/** One element of the string (`!aNULL`, `ECDHE+AESGCM`, `@STRENGTH`) with offsets into the string. */
export interface CipherElement {
  text: string;
  start: number;
  end: number;
  op: CipherOp;
  /** Every word of the element names a suite or an alias this OpenSSL knows. */
  known: boolean;
  /** How many suites of the list the element selected when it was applied. */
  selected: number;
}

export interface CipherStringOptions {
  /** Also know the suites and words Debian's OpenSSL 3.0 lacks (RC4, DES, 3DES, EXPORT, …): what the string asks for. */
  includeLegacy?: boolean;
  /** Security level before any `@SECLEVEL=n`; Debian builds OpenSSL with 2. */
  securityLevel?: number;
}

export interface CipherStringResult {
  /** False when OpenSSL rejects the string: a bad command, or no suite matched ("no cipher match"). */
  ok: boolean;
  error?: 'invalid-command' | 'no-match';
  /** The list SSL_CTX_set_cipher_list builds, in order. */
  suites: Suite[];
  /** What a TLS 1.2 server can use: the list filtered by the security level (no PSK/SRP without callbacks). */
  supported: Suite[];
  securityLevel: number;
  elements: CipherElement[];
}

interface Selector {
  cipherId: number;
  kx: number;
  auth: number;
  enc: number;
  mac: number;
  minTls: number;
  strength: number;
}

interface Node {
  suite: Suite;
  active: boolean;
}

/** Suite-B prefixes replace the whole string (check_suiteb_cipher_list). */
const SUITE_B: ReadonlyArray<readonly [string, string]> = [
  ['SUITEB128ONLY', 'ECDHE-ECDSA-AES128-GCM-SHA256'],
  ['SUITEB128C2', 'ECDHE-ECDSA-AES256-GCM-SHA384'],
  ['SUITEB128', 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384'],
  ['SUITEB192', 'ECDHE-ECDSA-AES256-GCM-SHA384'],
];

export const OPENSSL_DEFAULT_CIPHER_LIST = 'ALL:!COMPLEMENTOFDEFAULT:!eNULL';

const MIN_BITS_BY_LEVEL = [0, 80, 112, 128, 192, 256];

export function evaluateCipherString(input: string, options: CipherStringOptions = {}): CipherStringResult {
  const state = new CipherList(options.includeLegacy ? allSuites : compiledSuites, options.includeLegacy === true);
  state.securityLevel = options.securityLevel ?? 2;
  let ok = true;
  const suiteB = SUITE_B.find(([prefix]) => input.startsWith(prefix));
  if (suiteB) {
    ok = state.process(suiteB[1], 0, false);
  } else {
    let rest = input;
    let base = 0;
    if (input.startsWith('DEFAULT')) {
      ok = state.process(OPENSSL_DEFAULT_CIPHER_LIST, 0, false);
      base = input[7] === ':' ? 8 : 7;
      rest = input.slice(base);
    }
    if (ok && rest.length > 0) ok = state.process(rest, base, true);
  }
  const suites = state.activeSuites();
  const supported = suites.filter((suite) => supportedAt(suite, state.securityLevel));
  if (!ok) return { ok: false, error: 'invalid-command', suites: [], supported: [], securityLevel: state.securityLevel, elements: state.elements };
  if (suites.length === 0) return { ok: false, error: 'no-match', suites, supported, securityLevel: state.securityLevel, elements: state.elements };
  return { ok: true, suites, supported, securityLevel: state.securityLevel, elements: state.elements };
}

/** ssl_cipher_disabled + the default security callback for a TLS 1.2 server with no PSK or SRP set up. */
export function supportedAt(suite: Suite, level: number): boolean {
  if ((suite.kx & (KX_PSK | KX.SRP)) !== 0 || (suite.auth & (AUTH.PSK | AUTH.SRP)) !== 0) return false;
  if (suite.minTls > TLS1_2) return false;
  if (level <= 0) return true;
  const minBits = MIN_BITS_BY_LEVEL[Math.min(level, 5)]!;
  if (suite.bits < minBits) return false;
  if ((suite.auth & AUTH.NULL) !== 0 || (suite.mac & MAC.MD5) !== 0) return false;
  if (minBits > 160 && (suite.mac & MAC.SHA1) !== 0) return false;
  if (level >= 3 && (suite.kx & (KX.DHE | KX.ECDHE)) === 0) return false;
  return true;
}

function isItemSeparator(ch: string | undefined): boolean {
  return ch === ':' || ch === ' ' || ch === ';' || ch === ',';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9.=-]/.test(ch);
}

const EMPTY_SELECTOR: Selector = { cipherId: 0, kx: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0 };

class CipherList {
  private nodes: Node[];
  private readonly names: Map<string, Suite>;
  private readonly aliases: Map<string, CipherAlias>;
  securityLevel = 2;
  readonly elements: CipherElement[] = [];

  constructor(suites: readonly Suite[], includeLegacy: boolean) {
    this.nodes = suites.map((suite) => ({ suite, active: false }));
    this.names = new Map(suites.map((suite) => [suite.name, suite]));
    this.aliases = new Map(cipherAliases.filter((alias) => includeLegacy || !alias.legacy).map((alias) => [alias.name, alias]));
    this.presort();
  }

  activeSuites(): Suite[] {
    return this.nodes.filter((node) => node.active).map((node) => node.suite);
  }

  /** OpenSSL's preference order before the string is read (ssl_create_cipher_list). */
  private presort(): void {
    const sel = (fields: Partial<Selector>): Selector => ({ ...EMPTY_SELECTOR, ...fields });
    this.apply(sel({ kx: KX.ECDHE, auth: AUTH.ECDSA }), 'add');
    this.apply(sel({ kx: KX.ECDHE }), 'add');
    this.apply(sel({ kx: KX.ECDHE }), 'delete');
    this.apply(sel({ enc: ENC_AESGCM }), 'add');
    this.apply(sel({ enc: ENC.CHACHA20 }), 'add');
    this.apply(sel({ enc: ENC_AES ^ ENC_AESGCM }), 'add');
    this.apply(sel({}), 'add');
    this.apply(sel({ mac: MAC.MD5 }), 'order');
    this.apply(sel({ auth: AUTH.NULL }), 'order');
    this.apply(sel({ kx: KX.RSA }), 'order');
    this.apply(sel({ kx: KX.PSK }), 'order');
    this.apply(sel({ enc: ENC.RC4 }), 'order');
    this.strengthSort();
    this.apply(sel({ minTls: TLS1_2 }), 'bump');
    this.apply(sel({ mac: MAC.AEAD }), 'bump');
    this.apply(sel({ kx: KX.DHE | KX.ECDHE }), 'bump');
    this.apply(sel({ kx: KX.DHE | KX.ECDHE, mac: MAC.AEAD }), 'bump');
    this.apply(sel({}), 'delete');
  }

  /** `@STRENGTH`: stable sort of the active suites by descending strength bits. */
  private strengthSort(): void {
    const used = new Set(this.nodes.filter((node) => node.active).map((node) => node.suite.bits));
    for (const bits of [...used].sort((a, b) => b - a)) this.applyWhere((suite) => suite.bits === bits, 'order');
  }

  private apply(selector: Selector, op: CipherOp | 'bump'): number {
    return this.applyWhere((suite) => matches(suite, selector), op);
  }

  /** Applies one rule; returns how many suites of the list it selected. */
  private applyWhere(selects: (suite: Suite) => boolean, op: CipherOp | 'bump'): number {
    // One pass: the selected suites the operation moves, in list order, and the others.
    let chosen = 0;
    const moved: Node[] = [];
    const rest: Node[] = [];
    for (const node of this.nodes) {
      let move = false;
      if (selects(node.suite)) {
        chosen++;
        if (op === 'add') move = !node.active;
        else if (op === 'order' || op === 'delete' || op === 'bump') move = node.active;
        else move = op === 'kill';
      }
      if (move) moved.push(node);
      else rest.push(node);
    }
    if (op === 'add') for (const node of moved) node.active = true;
    if (op === 'delete' || op === 'kill') for (const node of moved) node.active = false;
    if (op === 'add' || op === 'order') this.nodes = rest.concat(moved);
    else if (op === 'delete' || op === 'bump') this.nodes = moved.concat(rest);
    else if (op === 'kill') this.nodes = rest;
    return chosen;
  }

  /** ssl_cipher_process_rulestr. `base` is the offset of `text` in the user's string; `record` keeps elements. */
  process(text: string, base: number, record: boolean): boolean {
    let ok = true;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (isItemSeparator(ch)) {
        i++;
        continue;
      }
      const elementStart = i;
      const op: CipherOp = ch === '-' ? 'delete' : ch === '+' ? 'order' : ch === '!' ? 'kill' : ch === '@' ? 'special' : 'add';
      if (op !== 'add') i++;
      const parsed = this.readSelector(text, i, op);
      i = parsed.next;
      if (parsed.invalid) ok = false;
      let selected = 0;
      if (op === 'special') {
        if (!parsed.invalid && !this.special(parsed.firstWord)) ok = false;
        i = skipToSeparator(text, i);
      } else if (parsed.selector) {
        selected = this.apply(parsed.selector, op);
      } else {
        i = skipToSeparator(text, i);
      }
      if (record) {
        this.elements.push({
          text: text.slice(elementStart, i),
          start: base + elementStart,
          end: base + i,
          op,
          known: op === 'special' ? !parsed.invalid : parsed.known,
          selected,
        });
      }
    }
    return ok;
  }

  /** Reads `WORD[+WORD…]` from `start`; the selector is undefined when a word is unknown or the words exclude each other. */
  private readSelector(text: string, start: number, op: CipherOp) {
    let i = start;
    const selector: Selector = { ...EMPTY_SELECTOR };
    let firstWord = '';
    let known = true;
    for (;;) {
      const wordStart = i;
      while (isWordChar(text[i])) i++;
      if (i === wordStart) return { next: Math.min(i + 1, text.length), invalid: true, known: false, firstWord, selector: undefined };
      const word = text.slice(wordStart, i);
      if (op === 'special') return { next: i, invalid: false, known: true, firstWord: word, selector: undefined };
      const multi = text[i] === '+';
      if (multi) i++;
      const entry = this.names.get(word) ?? this.aliases.get(word);
      if (!entry) return { next: i, invalid: false, known: false, firstWord, selector: undefined };
      if (!combine(selector, entry, this.names.has(word))) return { next: i, invalid: false, known, firstWord, selector: undefined };
      if (!multi) return { next: i, invalid: false, known, firstWord, selector };
    }
  }

  private special(word: string): boolean {
    if (word === 'STRENGTH') {
      this.strengthSort();
      return true;
    }
    const level = /^SECLEVEL=([0-5])$/.exec(word);
    if (level) {
      this.securityLevel = Number(level[1]);
      return true;
    }
    return false;
  }
}

function skipToSeparator(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isItemSeparator(text[i])) i++;
  return i;
}

type SelectorSource = Pick<Suite, 'kx' | 'auth' | 'enc' | 'mac' | 'strength'> & { id?: number; minTls?: number };

/** Intersects `entry` into `selector` the way OpenSSL joins `A+B`; false when the result can match nothing. */
function combine(selector: Selector, entry: CipherAlias | Suite, isSuite: boolean): boolean {
  const source = entry as Partial<SelectorSource>;
  for (const field of ['kx', 'auth', 'enc', 'mac'] as const) {
    const value = (source[field] ?? 0) >>> 0;
    if (!value) continue;
    if (selector[field]) {
      selector[field] = (selector[field] & value) >>> 0;
      if (!selector[field]) return false;
    } else selector[field] = value;
  }
  const strength = source.strength ?? 0;
  if (strength & STRONG_MASK) {
    if (selector.strength & STRONG_MASK) {
      selector.strength &= (strength & STRONG_MASK) | ~STRONG_MASK;
      if (!(selector.strength & STRONG_MASK)) return false;
    } else selector.strength = strength & STRONG_MASK;
  }
  if (strength & DEFAULT_MASK) {
    if (selector.strength & DEFAULT_MASK) {
      selector.strength &= (strength & DEFAULT_MASK) | ~DEFAULT_MASK;
      if (!(selector.strength & DEFAULT_MASK)) return false;
    } else selector.strength |= strength & DEFAULT_MASK;
  }
  if (isSuite) {
    // An explicit suite selects itself; its protocol version is not part of the pattern.
    selector.cipherId = (entry as Suite).id;
  } else if (source.minTls) {
    if (selector.minTls && selector.minTls !== source.minTls) return false;
    selector.minTls = source.minTls;
  }
  return true;
}

function matches(suite: Suite, selector: Selector): boolean {
  if (selector.cipherId && selector.cipherId !== suite.id) return false;
  if (selector.kx && !(selector.kx & suite.kx)) return false;
  if (selector.auth && !(selector.auth & suite.auth)) return false;
  if (selector.enc && !(selector.enc & suite.enc)) return false;
  if (selector.mac && !(selector.mac & suite.mac)) return false;
  if (selector.minTls && selector.minTls !== suite.minTls) return false;
  if (selector.strength & STRONG_MASK && !(selector.strength & STRONG_MASK & suite.strength)) return false;
  if (selector.strength & DEFAULT_MASK && !(selector.strength & DEFAULT_MASK & suite.strength)) return false;
  return true;
}
