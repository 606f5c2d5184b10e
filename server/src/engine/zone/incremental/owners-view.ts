import type { SourceFile } from '../../text/source';
import type { Zone, ZoneRecord } from '../model';
import { withAllRecords } from '../neighbors';

/**
 * The zone as the owner-local rules see it after an edit: only the records of `owners` (in file order), and
 * only those owners in byOwner. Everything else (origin, files, comments) is the whole zone's; a record's
 * neighbours in the file stay reachable through recordAfter/recordBefore.
 */
export function ownersView(zone: Zone, owners: ReadonlySet<string>): Zone {
  const byOwner = new Map<string, ZoneRecord[]>();
  const records: ZoneRecord[] = [];
  for (const owner of owners) {
    const list = zone.byOwner.get(owner);
    if (!list) continue;
    byOwner.set(owner, list);
    records.push(...list);
  }
  records.sort((a, b) => a.index - b.index);
  return view(zone, records, byOwner);
}

/** The zone listing only `records` (in file order) but answering a lookup of any name. */
export function recordsView(zone: Zone, records: ZoneRecord[]): Zone {
  return view(zone, records, zone.byOwner);
}

function view(zone: Zone, records: ZoneRecord[], byOwner: Map<string, ZoneRecord[]>): Zone {
  return withAllRecords(zoneView(zone, { file: zone.file, records, byOwner, byType: undefined }), zone.records);
}

/**
 * A Zone of `zone`'s origin that lists `records` and looks names up in `byOwner` (byType only when it lists the
 * same records); files, directives, comments and problems are read from `zone` when asked for (an incrementally
 * parsed zone gathers them from every chunk).
 */
export function zoneView(zone: Zone, parts: Pick<Zone, 'file' | 'records' | 'byOwner' | 'byType'>): Zone {
  return {
    ...parts,
    origin: zone.origin,
    originKnown: zone.originKnown,
    get files(): SourceFile[] {
      return zone.files;
    },
    get directives() {
      return zone.directives;
    },
    get comments() {
      return zone.comments;
    },
    get problems() {
      return zone.problems;
    },
  };
}
