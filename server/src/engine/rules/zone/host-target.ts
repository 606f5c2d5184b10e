import type { NameRef, ZoneRecord } from '../../zone/model';

/** The host an NS, MX or SRV record points at, when its data parsed. */
export function hostTarget(record: ZoneRecord): NameRef | undefined {
  const typed = record.typed;
  if (!typed) return undefined;
  if (typed.type === 'NS' || typed.type === 'SRV') return typed.target;
  if (typed.type === 'MX') return typed.exchange;
  return undefined;
}
