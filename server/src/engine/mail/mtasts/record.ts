import { prefixDomain, type VersionedKind } from '../tags/versioned';

/** `_mta-sts.<domain>` TXT `v=STSv1; id=…` (RFC 8461 §3.1). */
export const MTA_STS: VersionedKind = { version: 'STSv1', domainOf: prefixDomain(['_mta-sts']) };

/** RFC 8461 §3.1: `sts-id = 1*32(ALPHA / DIGIT)`. */
export const STS_ID = /^[A-Za-z0-9]{1,32}$/;
