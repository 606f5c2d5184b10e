import type { Zone, ZoneRecord } from '../../zone/model';
import { labelsOf, leadingVersion, perZone, tagListOf, txtRecords } from './mail-records';
import type { TagList } from './tag-list';

/**
 * A kind of mail record identified by where it lives and by a leading `v=<version>` tag: MTA-STS
 * (`_mta-sts`, STSv1), TLS-RPT (`_smtp._tls`, TLSRPTv1), BIMI (`<selector>._bimi`, BIMI1).
 */
export interface VersionedKind {
  version: string;
  /** The domain the record is about, or undefined when the owner is not where this kind lives. */
  domainOf(fqdn: string): string | undefined;
}

export interface VersionedRecord {
  record: ZoneRecord;
  tags: TagList;
  domain: string;
  /** `v=<version>` is the first tag, written exactly: the only records receivers read. */
  valid: boolean;
}

/** The owner's labels after a fixed prefix: `prefixDomain(['_smtp', '_tls'])`. */
export function prefixDomain(prefix: readonly string[]): (fqdn: string) => string | undefined {
  const head = prefix.join('.') + '.';
  return (fqdn) => {
    // Owner names are lower-cased by the parser; the prefix test spares splitting every other name.
    if (!fqdn.toLowerCase().startsWith(head)) return undefined;
    const labels = labelsOf(fqdn.toLowerCase());
    if (labels.length <= prefix.length || prefix.some((label, i) => labels[i] !== label)) return undefined;
    return labels.slice(prefix.length).join('.') + '.';
  };
}

const caches = new WeakMap<VersionedKind, WeakMap<Zone, VersionedRecord[]>>();

/** Records at this kind's names that were meant as such records: they carry its `v=` tag in some form. */
export function versionedRecords(zone: Zone, kind: VersionedKind): readonly VersionedRecord[] {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new WeakMap()));
  return perZone(cache, zone, () => {
    const mention = new RegExp(`(^|;)[ \\t]*v[ \\t]*=[ \\t]*${kind.version}(?![A-Za-z0-9])`, 'i');
    const out: VersionedRecord[] = [];
    for (const record of txtRecords(zone)) {
      if (!record.owner.fqdn.includes('_')) continue;
      const domain = kind.domainOf(record.owner.fqdn);
      if (domain === undefined) continue;
      const value = record.txt!.value.value;
      if (!mention.test(value)) continue;
      out.push({ record, tags: tagListOf(record)!, domain, valid: leadingVersion(value) === kind.version });
    }
    return out;
  });
}
