import type { TagInfo } from '../tags/tag-info';
import { nameAfterLabel } from '../tags/mail-records';
import type { VersionedKind } from '../tags/versioned';

/** `<selector>._bimi.<domain>` TXT `v=BIMI1; l=…; a=…` (draft-brand-indicators-for-message-identification). */
export const BIMI: VersionedKind = {
  version: 'BIMI1',
  ownerMark: '._bimi.',
  domainOf(fqdn) {
    return fqdn.includes('._bimi.') ? nameAfterLabel(fqdn.toLowerCase(), '_bimi') : undefined;
  },
};

const BIMI_SOURCE = 'draft-brand-indicators-for-message-identification-05';

export const bimiTags: readonly TagInfo[] = [
  { name: 'v', section: BIMI_SOURCE, values: ['BIMI1'] },
  { name: 'l', section: BIMI_SOURCE, snippet: 'https://${1:example.com/logo.svg}' },
  { name: 'a', section: BIMI_SOURCE, snippet: 'https://${1:example.com/vmc.pem}' },
  { name: 'avp', section: BIMI_SOURCE, values: ['brand', 'personal'] },
  { name: 'lps', section: BIMI_SOURCE },
];
