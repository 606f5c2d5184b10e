import { MTA_STS } from '../../mail/mtasts/record';
import { versionRule } from '../../mail/tags/versioned-rules';

/** The record must start with exactly `v=STSv1`; otherwise it is ignored. */
export const mtastsVersion = versionRule({ id: 'mtasts/version', kind: MTA_STS, source: 'RFC 8461 §3.1' });
