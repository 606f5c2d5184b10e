import { evaluateCipherString, type CipherStringResult } from './openssl/cipher-string';

/** A cipher string judged twice: as Debian's OpenSSL 3.0 builds it, and as written (suites this build lacks included). */
export interface CipherAnalysis {
  text: string;
  /** What OpenSSL 3.0 makes of it (security level 2): what nginx will really use for TLS 1.2. */
  real: CipherStringResult;
  /** What it asks for, knowing RC4, DES, 3DES, EXPORT, … and before the security level filters anything. */
  intent: CipherStringResult;
}

const cache = new Map<string, CipherAnalysis>();

export function analyzeCiphers(text: string): CipherAnalysis {
  const cached = cache.get(text);
  if (cached) return cached;
  const analysis = {
    text,
    real: evaluateCipherString(text),
    intent: evaluateCipherString(text, { includeLegacy: true, securityLevel: 0 }),
  };
  if (cache.size > 512) cache.clear();
  cache.set(text, analysis);
  return analysis;
}

/** Mozilla's server-side TLS guideline (ssl-config.mozilla.org), the version the fixes name. */
export const MOZILLA_GUIDELINE = '5.7';
export const MOZILLA_INTERMEDIATE_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305';
export const MOZILLA_INTERMEDIATE_PROTOCOLS = 'TLSv1.2 TLSv1.3';
export const MOZILLA_MODERN_PROTOCOLS = 'TLSv1.3';
export const MOZILLA_HSTS_MAX_AGE = 63072000;
