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
