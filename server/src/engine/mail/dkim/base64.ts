/** Base64 as DKIM writes it in `p=` (RFC 6376 §3.6.1): the standard alphabet, padding, folding whitespace. */

export interface Base64Problem {
  /** Offset in the checked string of the first offending character. */
  at: number;
  kind: 'bad-character' | 'bad-padding' | 'bad-length';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/** The first problem in `text`, or undefined when it is valid base64 (whitespace ignored). */
export function base64Problem(text: string): Base64Problem | undefined {
  let digits = 0;
  let padding = 0;
  let lastDigitAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) continue;
    if (c === '=') {
      padding++;
      if (padding > 2) return { at: i, kind: 'bad-padding' };
      continue;
    }
    if (!DIGIT_VALUE.has(c)) return { at: i, kind: 'bad-character' };
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
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of text) {
    const v = DIGIT_VALUE.get(c);
    if (v === undefined) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
