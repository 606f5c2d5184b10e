/** RR type mnemonics MailZone knows (RFC 1035 and later); anything else must be written TYPEnnn. */
export const KNOWN_TYPES = new Set([
  'A', 'NS', 'MD', 'MF', 'CNAME', 'SOA', 'MB', 'MG', 'MR', 'NULL', 'WKS', 'PTR', 'HINFO', 'MINFO', 'MX', 'TXT',
  'RP', 'AFSDB', 'X25', 'ISDN', 'RT', 'NSAP', 'NSAP-PTR', 'SIG', 'KEY', 'PX', 'GPOS', 'AAAA', 'LOC', 'NXT', 'EID',
  'NIMLOC', 'SRV', 'ATMA', 'NAPTR', 'KX', 'CERT', 'A6', 'DNAME', 'SINK', 'OPT', 'APL', 'DS', 'SSHFP', 'IPSECKEY',
  'RRSIG', 'NSEC', 'DNSKEY', 'DHCID', 'NSEC3', 'NSEC3PARAM', 'TLSA', 'SMIMEA', 'HIP', 'NINFO', 'RKEY', 'TALINK',
  'CDS', 'CDNSKEY', 'OPENPGPKEY', 'CSYNC', 'ZONEMD', 'SVCB', 'HTTPS', 'DSYNC', 'SPF', 'UINFO', 'UID', 'GID',
  'UNSPEC', 'NID', 'L32', 'L64', 'LP', 'EUI48', 'EUI64', 'TKEY', 'TSIG', 'URI', 'CAA', 'AVC', 'DOA', 'AMTRELAY',
  'RESINFO', 'WALLET', 'TA', 'DLV',
]);

export const CLASSES = new Set(['IN', 'CH', 'CS', 'HS', 'NONE', 'ANY']);

export function isClassWord(upper: string): boolean {
  return CLASSES.has(upper) || /^CLASS\d+$/.test(upper);
}

export function isTypeWord(upper: string): boolean {
  return KNOWN_TYPES.has(upper) || /^TYPE\d+$/.test(upper);
}

/** What a word of a record line is as a class or type: its upper-case form (shared), and which it is. */
export interface WordKind {
  upper: string;
  isClass: boolean;
  isType: boolean;
}

const WORD_KINDS = new Map<string, WordKind>();

/** Kind of a raw word, cached by its spelling: a zone repeats `IN`, `A`, `MX` … on every line. */
export function wordKind(raw: string): WordKind {
  let kind = WORD_KINDS.get(raw);
  if (kind === undefined) {
    const upper = raw.toUpperCase();
    kind = { upper, isClass: isClassWord(upper), isType: isTypeWord(upper) };
    if (WORD_KINDS.size >= 4096) WORD_KINDS.clear();
    WORD_KINDS.set(raw, kind);
  }
  return kind;
}
