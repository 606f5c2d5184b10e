import type { TagInfo } from '../tags/tag-info';

/** The tags of a DMARC policy record as RFC 9989 §4.7 defines them, plus the three it removed. */
export const dmarcTags: readonly TagInfo[] = [
  { name: 'v', section: 'RFC 9989 §4.7', values: ['DMARC1'] },
  { name: 'p', section: 'RFC 9989 §4.7', values: ['none', 'quarantine', 'reject'] },
  { name: 'sp', section: 'RFC 9989 §4.7', values: ['none', 'quarantine', 'reject'] },
  { name: 'np', section: 'RFC 9989 §4.7', values: ['none', 'quarantine', 'reject'] },
  { name: 'adkim', section: 'RFC 9989 §4.7', values: ['r', 's'] },
  { name: 'aspf', section: 'RFC 9989 §4.7', values: ['r', 's'] },
  { name: 'fo', section: 'RFC 9989 §4.7', values: ['0', '1', 'd', 's', '0:d:s', '1:d:s'] },
  { name: 'rua', section: 'RFC 9989 §4.7', snippet: 'mailto:${1:dmarc-reports@example.com}' },
  { name: 'ruf', section: 'RFC 9989 §4.7', snippet: 'mailto:${1:dmarc-failures@example.com}' },
  { name: 't', section: 'RFC 9989 §4.7', values: ['y', 'n'] },
  { name: 'psd', section: 'RFC 9989 §4.7', values: ['y', 'n', 'u'] },
  { name: 'pct', section: 'RFC 7489 §6.3 (removed by RFC 9989)' },
  { name: 'rf', section: 'RFC 7489 §6.3 (removed by RFC 9989)' },
  { name: 'ri', section: 'RFC 7489 §6.3 (removed by RFC 9989)' },
];

export const DMARC_POLICIES = ['none', 'quarantine', 'reject'] as const;
export const DMARC_ALIGNMENT = ['r', 's'] as const;
export const DMARC_FAILURE_OPTIONS = ['0', '1', 'd', 's'] as const;
export const DMARC_REMOVED_TAGS = ['pct', 'rf', 'ri'] as const;
