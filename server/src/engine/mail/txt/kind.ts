/** What a TXT value is, by its version tag; the mail areas each parse their own kind. */
export type TxtKind = 'spf' | 'dkim' | 'dmarc' | 'mta-sts' | 'tls-rpt' | 'bimi' | 'other';

const KINDS: Array<[RegExp, TxtKind]> = [
  [/^v=spf1(?= |$)/i, 'spf'],
  [/^v\s*=\s*DKIM1\s*(;|$)/, 'dkim'],
  [/^v\s*=\s*DMARC1\s*(;|$)/, 'dmarc'],
  [/^v\s*=\s*STSv1\s*(;|$)/, 'mta-sts'],
  [/^v\s*=\s*TLSRPTv1\s*(;|$)/, 'tls-rpt'],
  [/^v\s*=\s*BIMI1\s*(;|$)/, 'bimi'],
];

export function txtKind(value: string): TxtKind {
  for (const [pattern, kind] of KINDS) if (pattern.test(value)) return kind;
  return 'other';
}

/** A key-value record (DKIM-like: `k=v; k=v`) rather than a space-separated one; decides the split layout. */
export function isTagListValue(value: string): boolean {
  return /^\s*[A-Za-z][A-Za-z0-9_]*\s*=[^;]*;/.test(value) && txtKind(value) !== 'spf';
}
