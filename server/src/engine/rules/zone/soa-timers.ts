import type { Span } from '../../text/source';
import type { ZoneRecord } from '../../zone/model';
import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

const MIN_REFRESH = 1200; // 20 minutes (RFC 1912 §2.2)
const MAX_REFRESH = 86400; // a day (RIPE-203 recommends exactly this)
const MIN_EXPIRE = 604800; // a week: below it a short primary outage empties the secondaries
const MAX_NEGATIVE_TTL = 86400; // RFC 2308 §5 finds 1–3 hours work well; a day is already generous

/** Position of each timer among the SOA's rdata fields: mname rname serial refresh retry expire minimum. */
const FIELD = { refresh: 3, retry: 4, expire: 5, minimum: 6 } as const;

export const soaTimers: ZoneRule = {
  id: 'zone/soa-timers',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1912 §2.2, RFC 2308 §5',
  check(zone, report) {
    const soa = firstSoa(zone);
    if (soa?.typed?.type !== 'SOA') return;
    const { refresh, retry, expire, minimum } = soa.typed;
    const at = (field: keyof typeof FIELD) => ({ path: soa.file.path, span: fieldSpan(soa, FIELD[field]) });
    if (refresh < MIN_REFRESH || refresh > MAX_REFRESH) {
      report({ ...at('refresh'), messageId: 'refresh-range', args: { value: refresh, min: MIN_REFRESH, max: MAX_REFRESH } });
    }
    if (retry >= refresh) report({ ...at('retry'), messageId: 'retry-not-less', args: { retry, refresh } });
    if (expire <= refresh + retry) {
      report({ ...at('expire'), messageId: 'expire-not-greater', args: { expire, sum: refresh + retry } });
    } else if (expire < MIN_EXPIRE) {
      report({ ...at('expire'), messageId: 'expire-too-short', args: { expire, min: MIN_EXPIRE } });
    }
    if (minimum > MAX_NEGATIVE_TTL) {
      report({ ...at('minimum'), messageId: 'minimum-too-long', args: { value: minimum, max: MAX_NEGATIVE_TTL } });
    }
  },
};

function fieldSpan(record: ZoneRecord, index: number): Span {
  return record.rdata[index]?.span ?? record.typeSpan;
}
