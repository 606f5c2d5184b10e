import { labelsOf } from '../tags/mail-records';
import type { VersionedKind } from '../tags/versioned';

/** `<selector>._bimi.<domain>` TXT `v=BIMI1; l=…; a=…` (draft-brand-indicators-for-message-identification). */
export const BIMI: VersionedKind = {
  version: 'BIMI1',
  domainOf(fqdn) {
    const labels = labelsOf(fqdn.toLowerCase());
    const at = labels.indexOf('_bimi');
    return at >= 1 ? labels.slice(at + 1).join('.') + '.' : undefined;
  },
};
