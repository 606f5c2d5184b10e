import type { ZoneRecord } from './model';

let slots = 0;

/**
 * A value read from one record alone (its SPF reading, its tag list, …), kept on the record rather than in a
 * WeakMap per kind of value, which every garbage collection traces until the next full one, long after the
 * record is gone (a run over 10,000 files leaves hundreds of thousands of entries). The value lives as long as
 * the record, so a new Zone of mostly the same records (an edit) finds it ready. `null` stands for "read:
 * nothing".
 *
 * A record keeps its values as (slot, value) pairs in one array of exactly their length: a record has a few
 * of the kinds (an MX record one, a DKIM key four), and an array with a place for every kind would cost more
 * than the values.
 */
export class RecordMemo<T> {
  private readonly slot = slots++;

  get(record: ZoneRecord): T | null | undefined {
    const memo = record.memo;
    if (memo === undefined) return undefined;
    for (let i = 0; i < memo.length; i += 2) if (memo[i] === this.slot) return memo[i + 1] as T | null;
    return undefined;
  }

  set(record: ZoneRecord, value: T | null): void {
    const memo = record.memo;
    if (memo === undefined) {
      record.memo = [this.slot, value];
      return;
    }
    for (let i = 0; i < memo.length; i += 2) {
      if (memo[i] !== this.slot) continue;
      memo[i + 1] = value;
      return;
    }
    const grown = new Array<unknown>(memo.length + 2);
    for (let i = 0; i < memo.length; i++) grown[i] = memo[i];
    grown[memo.length] = this.slot;
    grown[memo.length + 1] = value;
    record.memo = grown;
  }

  /** The record's value, read by `read` the first time it is asked for. */
  of(record: ZoneRecord, read: (record: ZoneRecord) => T | null): T | null {
    let value = this.get(record);
    if (value === undefined) {
      value = read(record);
      this.set(record, value);
    }
    return value;
  }
}
