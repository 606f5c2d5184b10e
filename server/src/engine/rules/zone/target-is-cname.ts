import { ruleMessage } from '../../catalog/catalogue';
import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import { perZone } from '../../mail/tags/mail-records';
import type { ZoneRule } from '../rule';
import { hostTarget } from './host-target';
import { recordsAt } from './zone-apex';
import { hostRecords, ownersOfType } from './zone-index';
import { ZoneMemo } from '../../zone/zone-memo';

/** Longest alias chain followed inside one zone before giving up (a loop, or a chain nobody should have). */
const MAX_CHAIN = 16;

export const targetIsCname: ZoneRule = {
  id: 'zone/target-is-cname',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 2181 §10.3, RFC 2782',
  fixable: true,
  check(zone, report, env) {
    for (const { record, target } of perZone(cache, zone, () => atAliases(zone))) {
      const canonical = canonicalName(zone, target.fqdn);
      const args = { type: record.type, target: target.fqdn, canonical: canonical ?? '' };
      // Offered only when this zone shows the end of the chain is a host with addresses: never guess one.
      const fixes = canonical && hasAddress(zone, canonical)
        ? [
            {
              title: ruleMessage(targetIsCname.id, 'fix-canonical', args, env.settings.locale),
              edits: [{ path: record.file.path, range: record.file.rangeOf(target.span), newText: canonical }],
            },
          ]
        : undefined;
      report({ path: record.file.path, span: target.span, messageId: canonical ? undefined : 'loop', args, fixes });
    }
  },
};

const cache = new ZoneMemo<Array<{ record: ZoneRecord; target: NameRef }>>();

/** The NS/MX/SRV records whose target is an alias; found once per zone. */
function atAliases(zone: Zone): Array<{ record: ZoneRecord; target: NameRef }> {
  const out: Array<{ record: ZoneRecord; target: NameRef }> = [];
  const aliases = ownersOfType(zone, 'CNAME');
  if (aliases.size === 0) return out;
  for (const record of hostRecords(zone)) {
    const target = hostTarget(record);
    if (target && aliases.has(target.fqdn)) out.push({ record, target });
  }
  return out;
}

function aliasTarget(zone: Zone, fqdn: string): string | undefined {
  for (const record of recordsAt(zone, fqdn)) {
    if (record.typed?.type === 'CNAME') return record.typed.target.fqdn;
  }
  return undefined;
}

function hasAddress(zone: Zone, fqdn: string): boolean {
  return recordsAt(zone, fqdn).some((record) => record.type === 'A' || record.type === 'AAAA');
}

/** Where the alias chain from `fqdn` ends, as far as this zone knows; undefined for a loop. */
function canonicalName(zone: Zone, fqdn: string): string | undefined {
  let name = fqdn;
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    const next = aliasTarget(zone, name);
    if (next === undefined) return name;
    name = next;
  }
  return undefined;
}
