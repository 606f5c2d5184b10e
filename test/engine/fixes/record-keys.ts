import { strict as assert } from 'node:assert';
import type { ZoneRecord } from '../../../server/src/engine/zone/model';

/** A record as DNS serves it, TTL aside: owner, class, type and data as written. */
export function recordKey(record: ZoneRecord): string {
  return `${record.owner.fqdn} ${record.rrclass} ${record.type} ${record.rdata.map((f) => f.text).join(' ')}`;
}

/** The TTLs in force of the records with each key (a multiset). */
export function recordsByKey(records: readonly ZoneRecord[]): Map<string, Array<number | undefined>> {
  const out = new Map<string, Array<number | undefined>>();
  for (const record of records) out.set(recordKey(record), [...(out.get(recordKey(record)) ?? []), record.effectiveTtl]);
  return out;
}

/**
 * Finds `record` among the records after a fix and takes it out. Its TTL must be the same, except that a
 * record that had no TTL at all (an error a fix such as adding `$TTL` repairs) may now have one.
 */
export function takeRecord(remaining: Map<string, Array<number | undefined>>, record: ZoneRecord, message: string): void {
  const ttls = remaining.get(recordKey(record)) ?? [];
  let at = ttls.indexOf(record.effectiveTtl);
  if (at < 0 && record.effectiveTtl === undefined) at = ttls.length > 0 ? 0 : -1;
  assert.ok(at >= 0, `${message} (TTL ${record.effectiveTtl})`);
  ttls.splice(at, 1);
}
