const NONE: readonly never[] = Object.freeze([]);

/**
 * `list` ready to be kept for long: an array grown by `push` reserves room for 17 items, and a large zone keeps
 * hundreds of thousands of short lists (tags, SPF terms), so a copy of exactly its length is kept, and one
 * shared empty array for every empty one.
 */
export function compactList<T>(list: T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}
