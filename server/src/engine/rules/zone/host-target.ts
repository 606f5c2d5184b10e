import type { NameRef, ZoneRecord } from '../../zone/model';

/** Record types whose data names a host that must have addresses (RFC 1035 §3.3.9, §3.3.11; RFC 2782). */
export type HostTargetType = 'NS' | 'MX' | 'SRV';

/** The host an NS, MX or SRV record points at, when its data parsed. */
export function hostTarget(record: ZoneRecord): { type: HostTargetType; target: NameRef } | undefined {
  const typed = record.typed;
  if (!typed) return undefined;
  if (typed.type === 'NS') return { type: 'NS', target: typed.target };
  if (typed.type === 'MX') return { type: 'MX', target: typed.exchange };
  if (typed.type === 'SRV') return { type: 'SRV', target: typed.target };
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
