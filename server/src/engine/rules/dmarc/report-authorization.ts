import type { ZoneRule } from '../rule';
import type { Zone } from '../../zone/model';
import { dmarcRecords, isValidDmarcStart } from '../../mail/dmarc/record';
import { readReportUri } from '../../mail/dmarc/uri';
import { txtRecordsAt } from '../../mail/tags/mail-records';
import { splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

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
    for (const { record, tags, domain, valid } of dmarcRecords(zone)) {
      if (!valid) continue;
      for (const tag of tags.tags) {
        if (tag.name.toLowerCase() !== 'rua' && tag.name.toLowerCase() !== 'ruf') continue;
        for (const item of splitTagValue(tag, ',')) {
          const host = readReportUri(item.text).host;
          if (!host || !isExternal(host, domain, zone)) continue;
          const destination = host.endsWith('.') ? host : host + '.';
          const destinationZone = env.workspace.zoneFor(destination);
          if (!destinationZone || destinationZone === zone) continue;
          const name = `${domain}_report._dmarc.${destination}`;
          if (authorizes(destinationZone, domain, destination)) continue;
          reportAt(report, record, tags, item.start, item.end, { args: { host: destination, name, file: destinationZone.file.path } });
        }
      }
    }
  },
};

function isExternal(host: string, domain: string, zone: Zone): boolean {
  const fqdn = host.endsWith('.') ? host : host + '.';
  const within = (base: string) => fqdn === base || fqdn.endsWith('.' + base);
  return !within(domain) && !within(zone.origin);
}

/** One TXT starting with `v=DMARC1` at the exact name or at the `*._report._dmarc` wildcard. */
function authorizes(destinationZone: Zone, domain: string, destination: string): boolean {
  for (const owner of [`${domain}_report._dmarc.${destination}`, `*._report._dmarc.${destination}`]) {
    const records = txtRecordsAt(destinationZone, owner);
    if (records.length === 1 && isValidDmarcStart(records[0]!.txt!.value.value)) return true;
  }
  return false;
}
