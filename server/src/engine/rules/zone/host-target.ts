import type { NameRef, ZoneRecord } from '../../zone/model';

/** The host an NS, MX or SRV record points at, when its data parsed. */
export function hostTarget(record: ZoneRecord): NameRef | undefined {
  const typed = record.typed;
  if (!typed) return undefined;
  if (typed.type === 'NS' || typed.type === 'SRV') return typed.target;
  if (typed.type === 'MX') return typed.exchange;
  return undefined;
}

/** The domain names in a record's data, with their source spans (for checks on how names are written). */
export function rdataNames(record: ZoneRecord): NameRef[] {
  const typed = record.typed;
  if (!typed) return [];
  switch (typed.type) {
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return [typed.target];
    case 'SOA':
      return [typed.mname, typed.rname];
    case 'MX':
      return [typed.exchange];
    case 'SRV':
    case 'SVCB':
    case 'HTTPS':
      return [typed.target];
    case 'NAPTR':
      return [typed.replacement];
    default:
      return [];
  }
}
