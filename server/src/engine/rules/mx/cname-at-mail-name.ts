import type { ZoneRule } from '../rule';
import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import { phrase } from '../../catalog/catalogue';
import { hasMailPolicyNames, inZone, mxExchanges, perZone, recordsByType } from '../../mail/tags/mail-records';
import { looksLikeMailExchanger } from '../../mail/tags/mail-hosts';
import { editIn } from '../../mail/tags/edits';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';

/**
 * The classic mistake: the provider said "MX: mx1.provider.com" and it went in as a CNAME. A CNAME takes the
 * whole name (no MX can sit beside it, RFC 1034 §3.6.2), and mail then follows the provider's own MX.
 * Reported when the target looks like another domain's mail exchanger or the name has DMARC/DKIM/MTA-STS
 * records.
 */
export const mxCnameAtMailName: ZoneRule = {
  id: 'mx/cname-at-mail-name',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1034 §3.6.2, RFC 5321 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const { record, target, mailTarget } of perZone(cache, zone, () => mailAliases(zone))) {
      const fix = {
        title: phrase('mx.fix.cnameToMx', { target: target.text }, env.settings.locale),
        edits: [editIn(record, { start: record.typeSpan.start, end: record.rdataSpan.end }, `MX    10 ${target.text}`)],
        preferred: mailTarget,
      };
      const messageId = mailTarget ? 'default' : 'mailDomain';
      report({ path: record.file.path, span: typeAndData(record), messageId, args: { owner: record.owner.fqdn, target: target.fqdn }, fixes: [fix] });
    }
  },
};

interface MailAlias {
  record: ZoneRecord;
  target: NameRef;
  /** The target looks like another domain's exchanger (else the owner has mail policy records). */
  mailTarget: boolean;
}

const cache = new ZoneMemo<MailAlias[]>();

/** The CNAMEs at mail names; found once per zone. */
function mailAliases(zone: Zone): MailAlias[] {
  const out: MailAlias[] = [];
  for (const record of recordsByType(zone, 'CNAME')) {
    if (record.typed?.type !== 'CNAME') continue;
    const target = record.typed.target;
    // An alias to a host of this zone is ordinary naming; a provider's exchanger behind a CNAME is the mistake.
    const mailTarget = mailTargets.of(record, targetLooksLikeExchanger)! && !inZone(zone, target.fqdn);
    if (!mailTarget && !hasMailPolicyNames(zone, record.owner.fqdn)) continue;
    // Asked last: most aliases are no mail name, and then the set of exchanges is never built.
    if (mxExchanges(zone).has(record.owner.fqdn)) continue;
    out.push({ record, target, mailTarget });
  }
  return out;
}

/** Whether the CNAME's target looks like a mail exchanger: a fact of the record alone, kept per record. */
const mailTargets = new RecordMemo<boolean>();

function targetLooksLikeExchanger(record: ZoneRecord): boolean {
  return record.typed?.type === 'CNAME' && looksLikeMailExchanger(record.typed.target.fqdn);
}

function typeAndData(record: ZoneRecord) {
  return { start: record.typeSpan.start, end: record.rdataSpan.end };
}

