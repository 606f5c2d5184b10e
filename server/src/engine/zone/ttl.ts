import { allDigits } from '../text/digits';

export const MAX_TTL = 2147483647;

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses `3600`, `1h30m`, `1W` (BIND units). Returns undefined when it is not a TTL at all. */
export function parseTtl(text: string): number | undefined {
  if (allDigits(text)) return Number(text);
  if (!/^(\d+[smhdwSMHDW])+\d*$/.test(text)) return undefined;
  let total = 0;
  const re = /(\d+)([smhdwSMHDW]?)/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) && match[0] !== '') {
    total += Number(match[1]) * (match[2] ? UNIT[match[2].toLowerCase()]! : 1);
  }
  return total;
}

/** Looks like a TTL: starts with a digit (so `1h` or `3600x` are TTL attempts, not names). */
export function looksLikeTtl(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}
