import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

const SERIAL_FIELD = 2;
const DAY_MS = 86_400_000;

export const soaSerial: ZoneRule = {
  id: 'zone/soa-serial',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1912 §2.2, RFC 1982',
  check(zone, report, env) {
    const soa = firstSoa(zone);
    if (soa?.typed?.type !== 'SOA') return;
    const serial = soa.typed.serial;
    const date = serialDate(serial);
    if (!date) return;
    const span = soa.rdata[SERIAL_FIELD]?.span ?? soa.typeSpan;
    const nowMs = env.settings.now.getTime();
    if (!date.valid) {
      // Ten digits starting 19/20 can also be a Unix time; a past one is a fine serial.
      if (serial * 1000 <= nowMs) return;
      report({ path: soa.file.path, span, messageId: 'impossible-date', args: { serial, date: date.text } });
      return;
    }
    // A day of slack: the editor's clock may be behind a serial written in a time zone ahead of UTC.
    if (date.utcMs > nowMs + DAY_MS) {
      report({ path: soa.file.path, span, messageId: 'future-date', args: { serial, date: date.text } });
    }
  },
};

/** Reads a ten-digit serial as YYYYMMDDnn when its year is plausible (1970–2099); undefined otherwise. */
function serialDate(serial: number): { text: string; valid: boolean; utcMs: number } | undefined {
  const digits = String(serial);
  if (digits.length !== 10) return undefined;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < 1970 || year > 2099) return undefined;
  const text = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const utcMs = Date.UTC(year, month - 1, day);
  const check = new Date(utcMs);
  const valid = month >= 1 && month <= 12 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return { text, valid, utcMs };
}
