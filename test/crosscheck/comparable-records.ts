import type { DNSZone } from 'dns-zonefile';
import type { Zone, ZoneRecord } from '../../server/src/engine/zone/model';
import { normalizeIpv6 } from '../../server/src/engine/rules/zone/ipv6';

/**
 * Both parsers' records as comparable one-line keys, for the record types dns-zonefile understands.
 * Names are made absolute and lower-case; numbers are compared as numbers; TXT and CAA text as written,
 * because dns-zonefile hands those back raw.
 */

/** Types compared, by MailZone's mnemonic. */
export const COMPARED_TYPES = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'PTR', 'SRV', 'CAA', 'DS'] as const;

/** Owner names dns-zonefile reports wrongly for blank-owner lines: such types are compared without owners. */
export interface KeyOptions {
  ownerless: ReadonlySet<string>;
}

function resolve(name: string, origin: string): string {
  const lower = name.toLowerCase();
  if (lower === '@') return origin;
  if (lower.endsWith('.')) return lower;
  return origin === '.' ? `${lower}.` : `${lower}.${origin}`;
}

function key(type: string, owner: string, ttl: number | undefined, data: Array<string | number>, options: KeyOptions): string {
  const who = options.ownerless.has(type) ? '*' : owner;
  return [type, who, ttl ?? '-', ...data].join(' ');
}

export function zonefileKeys(parsed: DNSZone, options: KeyOptions): string[] {
  const origin = (parsed.$origin ?? '.').toLowerCase();
  const at = (name: string) => resolve(name, origin);
  const ttl = (value: number | undefined) => (value === undefined ? undefined : Number(value));
  const keys: string[] = [];
  if (parsed.soa) {
    const s = parsed.soa;
    keys.push(key('SOA', at(s.name), ttl(s.ttl), [at(s.mname), at(s.rname), s.serial, s.refresh, s.retry, s.expire, s.minimum], options));
  }
  for (const r of parsed.ns ?? []) keys.push(key('NS', at(r.name), ttl(r.ttl), [at(r.host)], options));
  for (const r of parsed.a ?? []) keys.push(key('A', at(r.name), ttl(r.ttl), [r.ip], options));
  for (const r of parsed.aaaa ?? []) keys.push(key('AAAA', at(r.name), ttl(r.ttl), [normalizeIpv6(r.ip)], options));
  for (const r of parsed.cname ?? []) keys.push(key('CNAME', at(r.name), ttl(r.ttl), [at(r.alias)], options));
  for (const r of parsed.mx ?? []) keys.push(key('MX', at(r.name), ttl(r.ttl), [Number(r.preference), at(r.host)], options));
  for (const r of parsed.txt ?? []) keys.push(key('TXT', at(r.name), ttl(r.ttl), [r.txt], options));
  for (const r of parsed.ptr ?? []) keys.push(key('PTR', at(r.name), ttl(r.ttl), [at(r.host)], options));
  for (const r of parsed.srv ?? []) {
    keys.push(key('SRV', at(r.name), ttl(r.ttl), [Number(r.priority), Number(r.weight), Number(r.port), at(r.target)], options));
  }
  for (const r of parsed.caa ?? []) keys.push(key('CAA', at(r.name), ttl(r.ttl), [Number(r.flags), r.tag.toLowerCase(), r.value], options));
  for (const r of parsed.ds ?? []) {
    keys.push(key('DS', at(r.name), ttl(r.ttl), [Number(r.key_tag), Number(r.algorithm), Number(r.digest_type), r.digest.toLowerCase()], options));
  }
  return keys.sort();
}

export function mailzoneKeys(zone: Zone, options: KeyOptions): string[] {
  const keys: string[] = [];
  for (const record of zone.records) {
    const data = mailzoneData(record);
    if (data) keys.push(key(record.type, record.owner.fqdn, record.ttl, data, options));
  }
  return keys.sort();
}

function mailzoneData(record: ZoneRecord): Array<string | number> | undefined {
  const typed = record.typed;
  if (!typed) return undefined;
  switch (typed.type) {
    case 'SOA':
      return [typed.mname.fqdn, typed.rname.fqdn, typed.serial, typed.refresh, typed.retry, typed.expire, typed.minimum];
    case 'NS':
    case 'CNAME':
    case 'PTR':
      return [typed.target.fqdn];
    case 'A':
      return [typed.address];
    case 'AAAA':
      return [normalizeIpv6(typed.address)];
    case 'MX':
      return [typed.preference, typed.exchange.fqdn];
    case 'TXT':
      return [record.rdata.map((field) => field.text).join(' ')];
    case 'SRV':
      return [typed.priority, typed.weight, typed.port, typed.target.fqdn];
    case 'CAA':
      return [typed.flags, typed.tag.toLowerCase(), record.rdata[2]?.text ?? ''];
    case 'DS':
      return [typed.keyTag, typed.algorithm, typed.digestType, typed.digest.toLowerCase()];
    default:
      return undefined;
  }
}
