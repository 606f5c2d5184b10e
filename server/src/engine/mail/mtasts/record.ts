import type { TagInfo } from '../tags/tag-info';
import { prefixDomain, type VersionedKind } from '../tags/versioned';

/** `_mta-sts.<domain>` TXT `v=STSv1; id=…` (RFC 8461 §3.1). */
export const MTA_STS: VersionedKind = { version: 'STSv1', domainOf: prefixDomain(['_mta-sts']), ownerMark: '_mta-sts.' };

/** RFC 8461 §3.1: `sts-id = 1*32(ALPHA / DIGIT)`. */
export const STS_ID = /^[A-Za-z0-9]{1,32}$/;

export const mtastsTags: readonly TagInfo[] = [
  { name: 'v', section: 'RFC 8461 §3.1', values: ['STSv1'] },
  { name: 'id', section: 'RFC 8461 §3.1', snippet: '${1:20261123}' },
];
