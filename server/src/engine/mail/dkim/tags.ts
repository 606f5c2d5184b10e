import type { TagInfo } from '../tags/tag-info';

/** The tags of a DKIM key record (RFC 6376 §3.6.1; `k=ed25519` from RFC 8463; `h=sha1` retired by RFC 8301). */
export const dkimTags: readonly TagInfo[] = [
  { name: 'v', section: 'RFC 6376 §3.6.1', values: ['DKIM1'] },
  { name: 'h', section: 'RFC 6376 §3.6.1, RFC 8301 §3.1', values: ['sha256'] },
  { name: 'k', section: 'RFC 6376 §3.6.1, RFC 8463 §4.2', values: ['rsa', 'ed25519'] },
  { name: 'n', section: 'RFC 6376 §3.6.1' },
  { name: 'p', section: 'RFC 6376 §3.6.1' },
  { name: 's', section: 'RFC 6376 §3.6.1', values: ['*', 'email'] },
  { name: 't', section: 'RFC 6376 §3.6.1', values: ['y', 's', 'y:s'] },
];

export const DKIM_ALGORITHMS = ['rsa', 'ed25519'] as const;
export const DKIM_HASHES = ['sha256', 'sha1'] as const;
export const DKIM_SERVICES = ['*', 'email'] as const;
export const DKIM_FLAGS = ['y', 's'] as const;
