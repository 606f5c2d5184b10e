/** Base64 as DKIM writes it in `p=` (RFC 6376 §3.6.1): the standard alphabet, padding, folding whitespace. */

export interface Base64Problem {
  /** Offset in the checked string of the first offending character. */
  at: number;
  kind: 'bad-character' | 'bad-padding' | 'bad-length';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Digit value by character code (-1: not a base64 digit); codes past 127 are never digits. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT_VALUE[ALPHABET.charCodeAt(i)] = i;

function digitValue(code: number): number {
  return code < 128 ? DIGIT_VALUE[code]! : -1;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** The first problem in `text`, or undefined when it is valid base64 (whitespace ignored). */
export function base64Problem(text: string): Base64Problem | undefined {
  let digits = 0;
  let padding = 0;
  let lastDigitAt = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) continue;
    if (code === 61) {
      padding++;
      if (padding > 2) return { at: i, kind: 'bad-padding' };
      continue;
    }
    if (digitValue(code) < 0) return { at: i, kind: 'bad-character' };
    if (padding > 0) return { at: i, kind: 'bad-padding' };
    digits++;
    lastDigitAt = i;
  }
  if ((digits + padding) % 4 !== 0) return { at: Math.max(0, lastDigitAt), kind: padding > 0 ? 'bad-padding' : 'bad-length' };
  return undefined;
}

/** Decodes base64, ignoring whitespace; undefined when `base64Problem` would report one. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (base64Problem(text)) return undefined;
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (digitValue(text.charCodeAt(i)) >= 0) digits++;
  const out = new Uint8Array(Math.floor((digits * 6) / 8));
  let n = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const v = digitValue(text.charCodeAt(i));
    if (v < 0) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
