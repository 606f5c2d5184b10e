import type { Zone, ZoneRecord } from '../../zone/model';
import { leadingVersion, perZone, tagListOf, txtRecordsMarked, type OwnerMark } from './mail-records';
import type { TagList } from './tag-list';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';
import { withTrailingDot } from '../../zone/names';

/**
 * A kind of mail record identified by where it lives and by a leading `v=<version>` tag: MTA-STS
 * (`_mta-sts`, STSv1), TLS-RPT (`_smtp._tls`, TLSRPTv1), BIMI (`<selector>._bimi`, BIMI1).
 */
export interface VersionedKind {
  version: string;
  /** The domain the record is about, or undefined when the owner is not where this kind lives. */
  domainOf(fqdn: string): string | undefined;
  /** Text every (lower-case) owner of this kind holds, to pass over the other records quickly. */
  ownerMark: OwnerMark;
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
    const lower = fqdn.toLowerCase();
    if (!lower.startsWith(head) || lower.length === head.length) return undefined;
    return withTrailingDot(lower.slice(head.length));
  };
}

interface KindCaches {
  zones: ZoneMemo<VersionedRecord[]>;
  /** The record read as this kind, kept per record (it holds nothing of the zone). */
  records: RecordMemo<VersionedRecord>;
  read: (record: ZoneRecord) => VersionedRecord | null;
}

const caches = new WeakMap<VersionedKind, KindCaches>();

function cachesOf(kind: VersionedKind): KindCaches {
  let cache = caches.get(kind);
  if (!cache) {
    const mention = new RegExp(`(^|;)[ \\t]*v[ \\t]*=[ \\t]*${kind.version}(?![A-Za-z0-9])`, 'i');
    const read = (record: ZoneRecord): VersionedRecord | null => {
      if (!record.owner.fqdn.includes('_')) return null;
      const domain = kind.domainOf(record.owner.fqdn);
      if (domain === undefined) return null;
      const value = record.txt!.value.value;
      if (!mention.test(value)) return null;
      return { record, tags: tagListOf(record)!, domain, valid: leadingVersion(value) === kind.version };
    };
    caches.set(kind, (cache = { zones: new ZoneMemo(), records: new RecordMemo(), read }));
  }
  return cache;
}

/** Records at this kind's names that were meant as such records: they carry its `v=` tag in some form. */
export function versionedRecords(zone: Zone, kind: VersionedKind): readonly VersionedRecord[] {
  const cache = cachesOf(kind);
  return perZone(cache.zones, zone, () => {
    const out: VersionedRecord[] = [];
    for (const record of txtRecordsMarked(zone, kind.ownerMark)) {
      const found = cache.records.of(record, cache.read);
      if (found) out.push(found);
    }
    return out;
  });
}
