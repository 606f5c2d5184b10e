import { documentPath, documentRange, sameDocument } from './neighbors';
import type { TextEdit } from '../diagnostics';
import type { Zone, ZoneRecord } from './model';

const SERIAL_SPACE = 2 ** 32;

/**
 * The serial that follows `current` on `now` in the YYYYMMDDnn convention: today's first serial when the
 * current one is older, else one more. Serial arithmetic (RFC 1982) wraps at 2^32; a serial that would jump
 * by 2^31 or more could be seen as smaller by secondaries (RFC 1982 §3.1), so then it only increments.
 */
export function nextSerial(current: number, now: Date): number {
  const today = now.getUTCFullYear() * 1_000_000 + (now.getUTCMonth() + 1) * 10_000 + now.getUTCDate() * 100;
  if (current < today && today - current < 2 ** 31) return today;
  return (current + 1) % SERIAL_SPACE;
}

/** The first SOA written in the zone's own file, if any. */
export function mainSoa(zone: Zone): ZoneRecord | undefined {
  return zone.records.find((record) => record.type === 'SOA' && sameDocument(record.file, zone.file));
}

/**
 * The edit that bumps the SOA serial, in the document's coordinates (the SOA may sit in a chunk of an
 * incrementally parsed document), or undefined when the file has no readable SOA serial.
 */
export function serialBumpEdit(zone: Zone, now: Date): TextEdit | undefined {
  const soa = mainSoa(zone);
  const field = soa?.rdata[2];
  if (!soa || !field || !/^\d{1,10}$/.test(field.text)) return undefined;
  const current = Number(field.text);
  if (current >= SERIAL_SPACE) return undefined;
  return { path: documentPath(soa.file), range: documentRange(soa.file, field.span), newText: String(nextSerial(current, now)) };
}
