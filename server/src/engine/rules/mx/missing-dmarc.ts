import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { hasDmarcRecord } from '../../mail/dmarc/record';
import { mxOwners, type MxOwner } from '../../mail/tags/mx-owners';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone } from '../../zone/model';
import { insertLineAfter, ownerText } from '../../mail/tags/edits';
import { ZoneMemo } from '../../zone/zone-memo';

/**
 * A domain that receives mail should publish DMARC (RFC 9989 §5): without it receivers have no policy for
 * mail that fails SPF and DKIM, and the owner gets no reports. A subdomain is covered by the zone apex's
 * record. The fix inserts a monitoring record with a report address to fill in.
 */
export const mxMissingDmarc: ZoneRule = {
  id: 'mx/missing-dmarc',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 9989 §5',
  fixable: true,
  check(zone, report, env) {
    for (const { owner, exchanges: mx } of withoutDmarc(zone)) {
      const last = mx[mx.length - 1]!;
      const line = `${ownerText('_dmarc.' + owner, zone.origin)} IN TXT "v=DMARC1; p=none; rua=mailto:\${1:dmarc-reports@example.com}"`;
      const fix = { title: phrase('dmarc.fix.addStarter', {}, env.settings.locale), edits: [insertLineAfter(last, line)], snippet: true };
      report({ path: mx[0]!.file.path, span: mx[0]!.typeSpan, args: { owner, name: '_dmarc.' + owner }, fixes: [fix] });
    }
  },
};

const cache = new ZoneMemo<MxOwner[]>();

/** The names with a non-null MX and no DMARC record covering them; found once per zone. */
function withoutDmarc(zone: Zone): MxOwner[] {
  return perZone(cache, zone, () => {
    const apexCovered = hasDmarcRecord(zone, zone.origin);
    const below = '.' + zone.origin;
    return mxOwners(zone).filter(({ owner, exchanges }) => exchanges.length > 0 && !hasDmarcRecord(zone, owner) && !(apexCovered && owner.endsWith(below)));
  });
}
