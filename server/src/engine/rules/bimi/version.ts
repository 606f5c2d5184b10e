import { BIMI } from '../../mail/bimi/record';
import { versionRule } from '../../mail/tags/versioned-rules';

/** The record must start with exactly `v=BIMI1`; otherwise it is ignored. */
export const bimiVersion = versionRule({ id: 'bimi/version', kind: BIMI, source: 'draft-brand-indicators-for-message-identification-05' });
