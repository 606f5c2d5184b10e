import type { NameRef, RdataField } from '../model';
import type { Span } from '../../text/source';
import type { TypedRdata } from './types';
import { parseTtl } from '../ttl';
import { isValidIPv4, isValidIPv6 } from './addresses';
import { allDigits } from '../../text/digits';

/** What rdata parsing needs from the parser: name resolution and a place to report problems. */
export interface RdataContext {
  type: string;
  /** Reports a zone/bad-rdata (or other rule) problem on a field. */
  problem(span: Span, messageId: string, args: Record<string, string | number>, rule?: string): void;
  /** Resolves and validates a name field (reports label/name problems itself). */
  name(field: RdataField): NameRef;
  /** Span at the end of the record's type/last token, for "missing field" problems. */
  endSpan: Span;
}

type Parser = (fields: RdataField[], ctx: RdataContext) => TypedRdata | undefined;

/** Field layouts of the typed rdata MailZone understands. */
const PARSERS: Record<string, Parser> = {
  A: (f, ctx) => {
    if (!need(f, 1, ['address'], ctx)) return undefined;
    if (!isValidIPv4(f[0]!.text)) return void ctx.problem(f[0]!.span, 'address-v4', { text: f[0]!.text });
    return extra(f, 1, ctx) ? { type: 'A', address: f[0]!.text } : undefined;
  },
  AAAA: (f, ctx) => {
    if (!need(f, 1, ['address'], ctx)) return undefined;
    if (!isValidIPv6(f[0]!.text)) return void ctx.problem(f[0]!.span, 'address-v6', { text: f[0]!.text });
    return extra(f, 1, ctx) ? { type: 'AAAA', address: f[0]!.text } : undefined;
  },
  NS: nameOnly('NS'),
  CNAME: nameOnly('CNAME'),
  DNAME: nameOnly('DNAME'),
  PTR: nameOnly('PTR'),
  SOA: (f, ctx) => {
    if (!need(f, 7, ['mname', 'rname', 'serial', 'refresh', 'retry', 'expire', 'minimum'], ctx)) return undefined;
    const mname = ctx.name(f[0]!);
    const rname = ctx.name(f[1]!);
    const serial = num(f[2]!, 'serial', 4294967295, ctx);
    const timers = [3, 4, 5, 6].map((i) => ttlField(f[i]!, ['', '', '', 'refresh', 'retry', 'expire', 'minimum'][i]!, ctx));
    if (serial === undefined || timers.some((t) => t === undefined) || !extra(f, 7, ctx)) return undefined;
    const [refresh, retry, expire, minimum] = timers as number[];
    return { type: 'SOA', mname, rname, serial, refresh: refresh!, retry: retry!, expire: expire!, minimum: minimum! };
  },
  MX: (f, ctx) => {
    if (!need(f, 2, ['preference', 'exchange'], ctx)) return undefined;
    const preference = num(f[0]!, 'preference', 65535, ctx);
    const exchange = ctx.name(f[1]!);
    return preference !== undefined && extra(f, 2, ctx) ? { type: 'MX', preference, exchange } : undefined;
  },
  SRV: (f, ctx) => {
    if (!need(f, 4, ['priority', 'weight', 'port', 'target'], ctx)) return undefined;
    const priority = num(f[0]!, 'priority', 65535, ctx);
    const weight = num(f[1]!, 'weight', 65535, ctx);
    const port = num(f[2]!, 'port', 65535, ctx);
    const target = ctx.name(f[3]!);
    if (priority === undefined || weight === undefined || port === undefined || !extra(f, 4, ctx)) return undefined;
    return { type: 'SRV', priority, weight, port, target };
  },
  CAA: (f, ctx) => {
    if (!need(f, 3, ['flags', 'tag', 'value'], ctx)) return undefined;
    const flags = num(f[0]!, 'flags', 255, ctx);
    const tag = f[1]!.text;
    if (!/^[A-Za-z0-9]+$/.test(tag)) return void ctx.problem(f[1]!.span, 'caa-tag', { text: tag });
    if (flags === undefined || !extra(f, 3, ctx)) return undefined;
    return { type: 'CAA', flags, tag, value: unquote(f[2]!) };
  },
  DS: dsLike('DS'),
  CDS: dsLike('DS'),
  DNSKEY: dnskeyLike,
  CDNSKEY: dnskeyLike,
  TLSA: (f, ctx) => {
    if (!need(f, 4, ['usage', 'selector', 'matching type', 'data'], ctx)) return undefined;
    const usage = num(f[0]!, 'usage', 255, ctx);
    const selector = num(f[1]!, 'selector', 255, ctx);
    const matchingType = num(f[2]!, 'matching type', 255, ctx);
    const data = hexJoin(f.slice(3), ctx);
    if (usage === undefined || selector === undefined || matchingType === undefined || data === undefined) return undefined;
    return { type: 'TLSA', usage, selector, matchingType, data };
  },
  SSHFP: (f, ctx) => {
    if (!need(f, 3, ['algorithm', 'fingerprint type', 'fingerprint'], ctx)) return undefined;
    const algorithm = num(f[0]!, 'algorithm', 255, ctx);
    const fpType = num(f[1]!, 'fingerprint type', 255, ctx);
    const fingerprint = hexJoin(f.slice(2), ctx);
    if (algorithm === undefined || fpType === undefined || fingerprint === undefined) return undefined;
    return { type: 'SSHFP', algorithm, fpType, fingerprint };
  },
  NAPTR: (f, ctx) => {
    if (!need(f, 6, ['order', 'preference', 'flags', 'services', 'regexp', 'replacement'], ctx)) return undefined;
    const order = num(f[0]!, 'order', 65535, ctx);
    const preference = num(f[1]!, 'preference', 65535, ctx);
    const replacement = ctx.name(f[5]!);
    if (order === undefined || preference === undefined || !extra(f, 6, ctx)) return undefined;
    return { type: 'NAPTR', order, preference, flags: unquote(f[2]!), services: unquote(f[3]!), regexp: unquote(f[4]!), replacement };
  },
  SVCB: svcbLike('SVCB'),
  HTTPS: svcbLike('HTTPS'),
  HINFO: (f, ctx) => {
    if (!need(f, 2, ['cpu', 'os'], ctx)) return undefined;
    return extra(f, 2, ctx) ? { type: 'HINFO', cpu: unquote(f[0]!), os: unquote(f[1]!) } : undefined;
  },
};

/** Decodes `fields` as `type`'s rdata. Types without a parser are accepted as written. */
export function parseRdata(type: string, fields: RdataField[], ctx: RdataContext): TypedRdata | undefined {
  if (fields[0]?.text === '\\#') return parseGeneric(type, fields, ctx);
  const parser = PARSERS[type];
  return parser ? parser(fields, ctx) : undefined;
}

function parseGeneric(type: string, fields: RdataField[], ctx: RdataContext): TypedRdata | undefined {
  const lengthField = fields[1];
  if (!lengthField || !/^\d+$/.test(lengthField.text)) {
    ctx.problem(lengthField?.span ?? fields[0]!.span, 'bad-generic', { text: lengthField?.text ?? '' }, 'zone/syntax');
    return undefined;
  }
  const length = Number(lengthField.text);
  const hex = fields.slice(2).map((field) => field.text).join('');
  const span = fields.length > 2 ? { start: fields[2]!.span.start, end: fields[fields.length - 1]!.span.end } : lengthField.span;
  if (!/^[0-9A-Fa-f]*$/.test(hex) || hex.length % 2 !== 0) {
    ctx.problem(span, 'bad-generic', { text: hex.slice(0, 40) }, 'zone/syntax');
    return undefined;
  }
  if (hex.length / 2 !== length) {
    ctx.problem(span, 'bad-generic', { text: `${hex.length / 2} ≠ ${length}` }, 'zone/syntax');
    return undefined;
  }
  return { type: 'GENERIC', rrtype: type, length, hex };
}

function need(fields: RdataField[], count: number, names: string[], ctx: RdataContext): boolean {
  if (fields.length >= count) return true;
  ctx.problem(fields[fields.length - 1]?.span ?? ctx.endSpan, 'missing-rdata', { type: ctx.type, field: names[fields.length] ?? '' }, 'zone/syntax');
  return false;
}

function extra(fields: RdataField[], count: number, ctx: RdataContext): boolean {
  if (fields.length <= count) return true;
  const first = fields[count]!;
  const last = fields[fields.length - 1]!;
  ctx.problem({ start: first.span.start, end: last.span.end }, 'extra-rdata', { text: first.text }, 'zone/syntax');
  return false;
}

function num(field: RdataField, name: string, max: number, ctx: RdataContext): number | undefined {
  if (!allDigits(field.text)) {
    ctx.problem(field.span, 'default', { type: ctx.type, field: name, text: field.text });
    return undefined;
  }
  const value = Number(field.text);
  if (value > max) {
    ctx.problem(field.span, 'number-range', { field: name, text: field.text, max });
    return undefined;
  }
  return value;
}

function ttlField(field: RdataField, name: string, ctx: RdataContext): number | undefined {
  const value = parseTtl(field.text);
  if (value === undefined) {
    ctx.problem(field.span, 'default', { type: ctx.type, field: name, text: field.text });
    return undefined;
  }
  if (value > 4294967295) {
    ctx.problem(field.span, 'number-range', { field: name, text: field.text, max: 4294967295 });
    return undefined;
  }
  return value;
}

function nameOnly(type: 'NS' | 'CNAME' | 'DNAME' | 'PTR'): Parser {
  return (f, ctx) => {
    if (!need(f, 1, ['target'], ctx)) return undefined;
    const target = ctx.name(f[0]!);
    return extra(f, 1, ctx) ? { type, target } : undefined;
  };
}

function dsLike(type: 'DS'): Parser {
  return (f, ctx) => {
    if (!need(f, 4, ['key tag', 'algorithm', 'digest type', 'digest'], ctx)) return undefined;
    const keyTag = num(f[0]!, 'key tag', 65535, ctx);
    const algorithm = mnemonicNumber(f[1]!, 'algorithm', ctx);
    const digestType = num(f[2]!, 'digest type', 255, ctx);
    const digest = hexJoin(f.slice(3), ctx);
    if (keyTag === undefined || algorithm === undefined || digestType === undefined || digest === undefined) return undefined;
    const expected = DIGEST_OCTETS[digestType];
    if (expected !== undefined && digest.length !== expected * 2) {
      const span = { start: f[3]!.span.start, end: f[f.length - 1]!.span.end };
      ctx.problem(span, 'digest-length', { text: String(digest.length / 2), expected, digestType });
      return undefined;
    }
    return { type, keyTag, algorithm, digestType, digest };
  };
}

function dnskeyLike(f: RdataField[], ctx: RdataContext): TypedRdata | undefined {
  if (!need(f, 4, ['flags', 'protocol', 'algorithm', 'public key'], ctx)) return undefined;
  const flags = num(f[0]!, 'flags', 65535, ctx);
  const protocol = num(f[1]!, 'protocol', 255, ctx);
  const algorithm = mnemonicNumber(f[2]!, 'algorithm', ctx);
  const publicKey = base64Join(f.slice(3), ctx);
  if (flags === undefined || protocol === undefined || algorithm === undefined || publicKey === undefined) return undefined;
  return { type: 'DNSKEY', flags, protocol, algorithm, publicKey };
}

/** Digest sizes of the DS digest types (RFC 4034, 4509, 6605). */
const DIGEST_OCTETS: Record<number, number> = { 1: 20, 2: 32, 4: 48 };

/** SvcParams whose value is required and, for `port`, a number up to 65535 (RFC 9460 §7). */
const SVC_NEEDS_VALUE = new Set(['mandatory', 'alpn', 'port', 'ipv4hint', 'ipv6hint', 'ech']);

const ALGORITHMS: Record<string, number> = {
  RSAMD5: 1, DH: 2, DSA: 3, RSASHA1: 5, 'DSA-NSEC3-SHA1': 6, 'RSASHA1-NSEC3-SHA1': 7, RSASHA256: 8, RSASHA512: 10,
  'ECC-GOST': 12, ECDSAP256SHA256: 13, ECDSAP384SHA384: 14, ED25519: 15, ED448: 16,
};

function mnemonicNumber(field: RdataField, name: string, ctx: RdataContext): number | undefined {
  const known = ALGORITHMS[field.text.toUpperCase()];
  return known ?? num(field, name, 255, ctx);
}

function svcbLike(type: 'SVCB' | 'HTTPS'): Parser {
  return (f, ctx) => {
    if (!need(f, 2, ['priority', 'target'], ctx)) return undefined;
    const priority = num(f[0]!, 'priority', 65535, ctx);
    const target = ctx.name(f[1]!);
    const params: Array<{ key: string; value: string | undefined }> = [];
    for (const field of f.slice(2)) {
      const eq = field.text.indexOf('=');
      const key = eq < 0 ? field.text : field.text.slice(0, eq);
      if (!/^([a-z0-9-]+)$/i.test(key)) {
        ctx.problem(field.span, 'default', { type, field: 'SvcParam', text: field.text });
        return undefined;
      }
      const value = eq < 0 ? undefined : field.text.slice(eq + 1).replace(/^"|"$/g, '');
      const lower = key.toLowerCase();
      if (SVC_NEEDS_VALUE.has(lower) && !value) {
        ctx.problem(field.span, 'default', { type, field: lower, text: field.text });
        return undefined;
      }
      if (lower === 'port' && (!/^\d+$/.test(value!) || Number(value) > 65535)) {
        ctx.problem(field.span, 'number-range', { field: 'port', text: value!, max: 65535 });
        return undefined;
      }
      params.push({ key: lower, value });
    }
    return priority === undefined ? undefined : { type, priority, target, params };
  };
}

function hexJoin(fields: RdataField[], ctx: RdataContext): string | undefined {
  const hex = fields.map((field) => field.text).join('');
  const bad = fields.find((field) => !/^[0-9A-Fa-f]+$/.test(field.text));
  if (bad || hex.length % 2 !== 0) {
    const at = bad ?? fields[fields.length - 1]!;
    ctx.problem(at.span, 'hex', { text: at.text.slice(0, 40) });
    return undefined;
  }
  return hex.toLowerCase();
}

function base64Join(fields: RdataField[], ctx: RdataContext): string | undefined {
  const joined = fields.map((field) => field.text).join('');
  const bad = fields.find((field) => !/^[A-Za-z0-9+/=]+$/.test(field.text));
  if (bad || !/^[A-Za-z0-9+/]*={0,2}$/.test(joined) || joined.length % 4 !== 0) {
    const at = bad ?? fields[fields.length - 1]!;
    ctx.problem(at.span, 'base64', { text: at.text.slice(0, 40) });
    return undefined;
  }
  return joined;
}

/** The text of a character-string field without quotes (escapes kept). */
export function unquote(field: RdataField): string {
  return field.quoted ? field.text.slice(1, field.text.endsWith('"') && field.text.length > 1 ? -1 : undefined) : field.text;
}
