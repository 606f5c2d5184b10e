import type { NameRef, ZoneRecord } from '../model';

/** The domain names in a record's data, with their source spans (rules on how names are written, go to definition). */
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
