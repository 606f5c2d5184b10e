import type { ZoneRecord } from './model';

let slots = 0;

/**
 * A value read from one record alone (its SPF reading, its tag list, …), kept in a slot on the record rather
 * than in a WeakMap per kind of value, which every garbage collection traces until the next full one, long
 * after the record is gone (a run over 10,000 files leaves hundreds of thousands of entries). The value lives
 * as long as the record, so a new Zone of mostly the same records (an edit) finds it ready. `null` stands for
 * "read: nothing".
 */
export class RecordMemo<T> {
  private readonly slot = slots++;

  get(record: ZoneRecord): T | null | undefined {
    return record.memo?.[this.slot] as T | null | undefined;
  }

  set(record: ZoneRecord, value: T | null): void {
    (record.memo ??= new Array<unknown>(slots))[this.slot] = value;
  }

  /** The record's value, read by `read` the first time it is asked for. */
  of(record: ZoneRecord, read: (record: ZoneRecord) => T | null): T | null {
    const memo = (record.memo ??= new Array<unknown>(slots));
    let value = memo[this.slot] as T | null | undefined;
    if (value === undefined) memo[this.slot] = value = read(record);
    return value;
  }
}
