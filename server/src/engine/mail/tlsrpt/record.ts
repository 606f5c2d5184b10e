import { prefixDomain, type VersionedKind } from '../tags/versioned';

/** `_smtp._tls.<domain>` TXT `v=TLSRPTv1; rua=…` (RFC 8460 §3). */
export const TLS_RPT: VersionedKind = { version: 'TLSRPTv1', domainOf: prefixDomain(['_smtp', '_tls']) };
