import { dkimTags } from '../dkim/tags';
import { dmarcTags } from '../dmarc/tags';
import { MTA_STS, mtastsTags } from '../mtasts/record';
import { TLS_RPT, tlsrptTags } from '../tlsrpt/record';
import { BIMI, bimiTags } from '../bimi/record';
import { dkimDomainOf, isDmarcOwner } from './mail-records';
import type { TagInfo } from './tag-info';

/** The tag-list mail records the editor knows, told apart by their owner name. */
export type MailKind = 'dkim' | 'dmarc' | 'mtasts' | 'tlsrpt' | 'bimi';

export interface MailKindInfo {
  kind: MailKind;
  /** The `v=` value, and whether the tag is optional (DKIM). */
  version: string;
  tags: readonly TagInfo[];
  /** Tag names that are case-insensitive in practice (all but DKIM). */
  ignoreCase: boolean;
  /** A complete record to start from, as a snippet body. */
  starter: string;
}

export const MAIL_KINDS: Record<MailKind, MailKindInfo> = {
  dkim: { kind: 'dkim', version: 'DKIM1', tags: dkimTags, ignoreCase: false, starter: 'v=DKIM1; k=${1|rsa,ed25519|}; p=${2:public-key-base64}' },
  dmarc: { kind: 'dmarc', version: 'DMARC1', tags: dmarcTags, ignoreCase: true, starter: 'v=DMARC1; p=${1|none,quarantine,reject|}; rua=mailto:${2:dmarc-reports@example.com}' },
  mtasts: { kind: 'mtasts', version: 'STSv1', tags: mtastsTags, ignoreCase: true, starter: 'v=STSv1; id=${1:20261123}' },
  tlsrpt: { kind: 'tlsrpt', version: 'TLSRPTv1', tags: tlsrptTags, ignoreCase: true, starter: 'v=TLSRPTv1; rua=mailto:${1:tls-reports@example.com}' },
  bimi: { kind: 'bimi', version: 'BIMI1', tags: bimiTags, ignoreCase: true, starter: 'v=BIMI1; l=https://${1:example.com/logo.svg}; a=${2}' },
};

export function mailKindOfOwner(fqdn: string): MailKindInfo | undefined {
  if (dkimDomainOf(fqdn) !== undefined) return MAIL_KINDS.dkim;
  if (isDmarcOwner(fqdn)) return MAIL_KINDS.dmarc;
  if (MTA_STS.domainOf(fqdn) !== undefined) return MAIL_KINDS.mtasts;
  if (TLS_RPT.domainOf(fqdn) !== undefined) return MAIL_KINDS.tlsrpt;
  if (BIMI.domainOf(fqdn) !== undefined) return MAIL_KINDS.bimi;
  return undefined;
}
