import type { ZoneRule } from '../rule';
import { hasSpfTxtRecord } from '../../mail/spf/records';
import { mxOwners, type MxOwner } from '../../mail/tags/mx-owners';
import { perZone } from '../../mail/tags/mail-records';
import type { Zone } from '../../zone/model';
import { ZoneMemo } from '../../zone/zone-memo';

/**
 * A name that receives mail (has MX) is a mail domain, and receivers check SPF for it (RFC 7208 §2.1). With no
 * SPF record anyone may send as it and many receivers score its mail down. Only checked when the name has a
 * non-null MX: mail may be sent from other names, but these are certainly in use.
 */
export const mxMissingSpf: ZoneRule = {
  id: 'mx/missing-spf',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §2.1',
  check(zone, report) {
    for (const { owner, exchanges: mx } of withoutSpf(zone)) {
      report({ path: mx[0]!.file.path, span: mx[0]!.typeSpan, args: { owner } });
    }
  },
};

const cache = new ZoneMemo<MxOwner[]>();

/** The names with a non-null MX and no SPF record; found once per zone. */
function withoutSpf(zone: Zone): MxOwner[] {
  return perZone(cache, zone, () => mxOwners(zone).filter(({ owner, exchanges }) => exchanges.length > 0 && !hasSpfTxtRecord(zone, owner)));
}
