import type { Zone } from './model';

let slots = 0;

/**
 * A value worked out once per Zone object (an index, a rule's candidates), kept in a slot on the zone itself
 * rather than in a WeakMap per kind of value: it goes with the zone, and no garbage collection has to trace
 * a hundred WeakMaps that each hold an entry for every zone checked (a run over 10,000 files made 10,000 each).
 * A Zone made anew (an edit, a view) starts with no values.
 */
export class ZoneMemo<T> {
  private readonly slot = slots++;

  get(zone: Zone): T | undefined {
    const memo = zone.memo;
    return memo === undefined ? undefined : (memo[this.slot] as T | undefined);
  }

  set(zone: Zone, value: T): this {
    (zone.memo ??= new Array<unknown>(slots))[this.slot] = value;
    return this;
  }
}
