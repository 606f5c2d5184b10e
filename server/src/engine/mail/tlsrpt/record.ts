import type { TagInfo } from '../tags/tag-info';
import { prefixDomain, type VersionedKind } from '../tags/versioned';

/** `_smtp._tls.<domain>` TXT `v=TLSRPTv1; rua=…` (RFC 8460 §3). */
export const TLS_RPT: VersionedKind = { version: 'TLSRPTv1', domainOf: prefixDomain(['_smtp', '_tls']), ownerMark: '_smtp._tls.' };

export const tlsrptTags: readonly TagInfo[] = [
  { name: 'v', section: 'RFC 8460 §3', values: ['TLSRPTv1'] },
  { name: 'rua', section: 'RFC 8460 §3', snippet: 'mailto:${1:tls-reports@example.com}' },
];
