import type { ZoneRule } from '../rule';
import { itemsWhere, recordsByType } from '../../mail/tags/mail-records';
import type { Fix } from '../../diagnostics';
import type { Zone, ZoneRecord } from '../../zone/model';
import { phrase } from '../../catalog/catalogue';
import { isAddressLiteral } from '../../mail/tags/mail-hosts';
import { editIn, ownerText } from '../../mail/tags/edits';

/**
 * An MX names a host, never an address (RFC 1035 §3.3.9, RFC 5321 §5.1): `MX 10 192.0.2.1` makes senders
 * look up A records of a name like `192.0.2.1.example.com.`, which fails.
 */
export const mxTargetIsAddress: ZoneRule = {
  id: 'mx/target-is-address',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 5321 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const record of itemsWhere(zone, mxRecords, exchangeIsAddress)) {
      if (record.typed?.type !== 'MX') continue;
      const exchange = record.typed.exchange;
      const address = exchange.text.replace(/\.$/, '').replace(/^\[|\]$/g, '');
      const host = hostWithAddress(zone, address);
      const fixes: Fix[] = host
        ? [{ title: phrase('mx.fix.useHost', { host: ownerText(host, zone.origin) }, env.settings.locale), edits: [editIn(record, exchange.span, ownerText(host, zone.origin))], preferred: true }]
        : [];
      report({ path: record.file.path, span: exchange.span, args: { address }, fixes });
    }
  },
};

/** Whether the MX names an address: a fact of the record alone. */
function exchangeIsAddress(record: ZoneRecord): boolean {
  return record.typed?.type === 'MX' && isAddressLiteral(record.typed.exchange.text);
}

/** A name of the zone with an A/AAAA record holding `address`, if exactly one exists. */
function hostWithAddress(zone: Zone, address: string): string | undefined {
  const owners = new Set<string>();
  for (const record of [...recordsByType(zone, 'A'), ...recordsByType(zone, 'AAAA')]) {
    const typed = record.typed;
    if ((typed?.type === 'A' || typed?.type === 'AAAA') && typed.address.toLowerCase() === address.toLowerCase()) owners.add(record.owner.fqdn);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

function mxRecords(zone: Zone): readonly ZoneRecord[] {
  return recordsByType(zone, 'MX');
}
