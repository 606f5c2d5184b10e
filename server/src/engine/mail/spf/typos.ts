import { MECHANISM_NAMES } from './ast';
import { looksLikeIp4, looksLikeIp6 } from './address';

export interface NameSuggestion {
  /** Replaces the written name and the first `consumes` characters after it. */
  text: string;
  consumes: number;
  /** Close enough to apply without asking (fix-all). */
  confident: boolean;
}

/**
 * What a mistyped mechanism name most likely meant: `ip:`/`ipv4:` become ip4 or ip6 by the address,
 * `redirect:`/`exp:` become modifiers, other names the nearest mechanism by edit distance.
 */
export function suggestMechanism(name: string, rest: string): NameSuggestion | undefined {
  const lower = name.toLowerCase();
  const argument = rest.startsWith(':') ? rest.slice(1) : '';
  if (/^ip(v?[46])?$/.test(lower) || /^ipv?$/.test(lower)) {
    if (looksLikeIp4(argument)) return { text: 'ip4', consumes: 0, confident: true };
    if (looksLikeIp6(argument)) return { text: 'ip6', consumes: 0, confident: true };
    if (/^ipv?4$/.test(lower)) return { text: 'ip4', consumes: 0, confident: true };
    if (/^ipv?6$/.test(lower)) return { text: 'ip6', consumes: 0, confident: true };
    return undefined;
  }
  if ((lower === 'redirect' || lower === 'exp') && rest.startsWith(':')) return { text: `${lower}=`, consumes: 1, confident: true };
  const nearest = nearestName(lower);
  if (!nearest) return undefined;
  const confident = nearest.distance === 1 && lower.length >= 4;
  if (nearest.name === 'redirect') return { text: 'redirect=', consumes: rest.startsWith(':') ? 1 : 0, confident };
  return { text: nearest.name, consumes: 0, confident };
}

function nearestName(lower: string): { name: string; distance: number } | undefined {
  const limit = lower.length <= 3 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  let tie = false;
  for (const candidate of [...MECHANISM_NAMES, 'redirect']) {
    // The distance is at least the difference in length: a long unknown term is never near a name.
    if (Math.abs(lower.length - candidate.length) > limit) continue;
    const distance = editDistance(lower, candidate);
    if (distance > limit) continue;
    if (!best || distance < best.distance) {
      best = { name: candidate, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[rows - 1]![cols - 1]!;
}
