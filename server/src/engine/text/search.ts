/**
 * The last index in [0, count) whose key is at most `value`, for keys in ascending order (0 when none is): the
 * line holding an offset, the chunk holding a line, the record a finding starts in.
 */
export function lastAtOrBefore(count: number, key: (index: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (key(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
