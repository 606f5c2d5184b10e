import { RecordMemo } from '../../zone/record-memo';
import { compactList } from '../../text/compact';
import type { ZoneRule } from '../rule';
import type { Zone } from '../../zone/model';
import { dmarcRecords, isValidDmarcStart, type DmarcRecord } from '../../mail/dmarc/record';
import { readReportUri } from '../../mail/dmarc/uri';
import { perZone, txtRecordsAt } from '../../mail/tags/mail-records';
import { splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';
import { ZoneMemo } from '../../zone/zone-memo';
import { withTrailingDot } from '../../zone/names';

/**
 * Reports sent to another domain need that domain's consent: a `v=DMARC1` TXT at
 * `<policy-domain>._report._dmarc.<destination>` (RFC 7489 §7.1, kept by RFC 9990). Without it receivers drop
 * the address. Checked when the destination's zone is part of the workspace.
 */
export const dmarcReportAuthorization: ZoneRule = {
  id: 'dmarc/report-authorization',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7489 §7.1',
  check(zone, report, env) {
    for (const { dmarc, item, destination } of perZone(cache, zone, () => externalDestinations(zone))) {
      const { record, tags, domain } = dmarc;
      const destinationZone = env.workspace.zoneFor(destination);
      if (!destinationZone || destinationZone === zone) continue;
      const name = `${domain}_report._dmarc.${destination}`;
      if (authorizes(destinationZone, domain, destination)) continue;
      reportAt(report, record, tags, item.start, item.end, { args: { host: destination, name, file: destinationZone.file.path } });
    }
  },
};

interface Destination {
  item: { text: string; start: number; end: number };
  /** The report address's host as an absolute name. */
  destination: string;
}

/**
 * The hosts of a record's `rua`/`ruf` addresses outside its policy domain: read from the record alone, so kept
 * per record (most records send reports within their own domain or the zone's, and then the list is empty or
 * holds the zone's own name).
 */
const destinations = new RecordMemo<readonly Destination[]>();

function reportDestinations(dmarc: DmarcRecord): readonly Destination[] {
  let kept = destinations.get(dmarc.record);
  if (!kept) {
    const list: Destination[] = [];
    for (const tag of dmarc.tags.tags) {
      if (tag.name.toLowerCase() !== 'rua' && tag.name.toLowerCase() !== 'ruf') continue;
      for (const item of splitTagValue(tag, ',')) {
        const host = readReportUri(item.text).host;
        if (!host) continue;
        const destination = withTrailingDot(host);
        if (!within(destination, dmarc.domain)) list.push({ item, destination });
      }
    }
    destinations.set(dmarc.record, (kept = compactList(list)));
  }
  return kept;
}

const cache = new ZoneMemo<Array<Destination & { dmarc: DmarcRecord }>>();

/** The report addresses of valid records that lie outside the policy domain and the zone; found once per zone. */
function externalDestinations(zone: Zone): Array<Destination & { dmarc: DmarcRecord }> {
  const out: Array<Destination & { dmarc: DmarcRecord }> = [];
  // Most records name the same few hosts: whether each is in the zone is asked once.
  const inZone = new Map<string, boolean>();
  for (const dmarc of dmarcRecords(zone)) {
    if (!dmarc.valid) continue;
    for (const destination of reportDestinations(dmarc)) {
      let internal = inZone.get(destination.destination);
      if (internal === undefined) inZone.set(destination.destination, (internal = within(destination.destination, zone.origin)));
      if (!internal) out.push({ ...destination, dmarc });
    }
  }
  return out;
}

function within(fqdn: string, base: string): boolean {
  return fqdn === base || fqdn.endsWith('.' + base);
}

/** One TXT starting with `v=DMARC1` at the exact name or at the `*._report._dmarc` wildcard. */
function authorizes(destinationZone: Zone, domain: string, destination: string): boolean {
  for (const owner of [`${domain}_report._dmarc.${destination}`, `*._report._dmarc.${destination}`]) {
    const records = txtRecordsAt(destinationZone, owner);
    if (records.length === 1 && isValidDmarcStart(records[0]!.txt!.value.value)) return true;
  }
  return false;
}
