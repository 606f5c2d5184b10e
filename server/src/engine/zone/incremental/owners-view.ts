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
  const view: Zone = {
    file: zone.file,
    files: zone.files,
    origin: zone.origin,
    originKnown: zone.originKnown,
    records,
    byOwner,
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
  return withAllRecords(view, zone.records);
}
