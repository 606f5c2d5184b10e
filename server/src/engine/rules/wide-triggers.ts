import { isAddressLiteral } from '../mail/tags/mail-hosts';
import type { Zone, ZoneRecord } from '../zone/model';
import { withTrailingDot } from '../zone/names';

/**
 * For the zone rules that look across owners: which changed records can change what they report. After an
 * edit, such a rule runs again only when one of the records the edit really changed (added, removed or
 * rewritten) passes its trigger; otherwise its last findings stand. A rule without an entry runs after every
 * edit. The triggers are deliberately wide (a type the rule reads anywhere, or a name it looks up), and the
 * random-edit equality test (test/engine/incremental) holds them to full re-lints.
 */
export type WideTrigger = (record: ZoneRecord, names: TriggerNames) => boolean;

/**
 * The names the triggers ask about, kept up to date from the records each edit adds and removes (counted, so a
 * name stays while any record still puts it there).
 */
export class TriggerNames {
  reset(): void {
    const all = [this.hostTargetsAndAncestors, this.cnameTargets, this.cnameOwners, this.hostTargets, this.addressMx];
    for (const counted of [...all, this.spfDomainsAndAncestors, this.stsDomains, this.addressOwners]) counted.clear();
    this.aliasedHostTargets = 0;
  }

  /** Targets of NS, MX and SRV records and every ancestor of them (wildcard and existence checks walk up). */
  readonly hostTargetsAndAncestors = new Counted();
  /** Targets of CNAME records (a chain's end is checked for addresses). */
  readonly cnameTargets = new Counted();
  readonly cnameOwners = new Counted();
  /** Host records' own targets (no ancestors). */
  readonly hostTargets = new Counted();
  /** How many names are both a CNAME owner and a host record's target (target-is-cname then has findings). */
  aliasedHostTargets = 0;
  /** MX records whose exchange is written as an address (mx/target-is-address then looks the address up). */
  readonly addressMx = new Counted();
  /** Domains with a TXT record at `_mta-sts.<domain>`. */
  readonly stsDomains = new Counted();
  /** Owners of A, AAAA or CNAME records (a host target with one of them is answered). */
  readonly addressOwners = new Counted();
  /** Names an SPF record points at (include, redirect, a, mx, exists, ptr) and their ancestors. */
  readonly spfDomainsAndAncestors = new Counted();

  private types: ReadonlyMap<string, readonly ZoneRecord[]> | undefined;

  /** Whether the zone has records of `type` (after the edit). */
  hasType(type: string): boolean {
    return (this.types?.get(type)?.length ?? 0) > 0;
  }

  update(zone: Zone, removed: readonly ZoneRecord[], added: readonly ZoneRecord[]): void {
    this.types = zone.byType;
    for (const record of removed) this.count(record, -1);
    for (const record of added) this.count(record, 1);
  }

  private countHostTarget(target: string, by: number): void {
    for (const name of ancestors(target)) this.hostTargetsAndAncestors.add(name, by);
    const flip = this.hostTargets.add(target, by);
    if (flip !== 0 && this.cnameOwners.has(target)) this.aliasedHostTargets += flip;
  }

  private count(record: ZoneRecord, by: number): void {
    const typed = record.typed;
    switch (record.type) {
      case 'A':
      case 'AAAA':
        this.addressOwners.add(record.owner.fqdn, by);
        return;
      case 'MX':
        if (typed?.type === 'MX' && isAddressLiteral(typed.exchange.text)) this.addressMx.add('', by);
        if (typed?.type === 'MX') this.countHostTarget(typed.exchange.fqdn, by);
        return;
      case 'NS':
      case 'SRV':
        if (typed?.type === 'NS' || typed?.type === 'SRV') this.countHostTarget(typed.target.fqdn, by);
        return;
      case 'CNAME':
        this.addressOwners.add(record.owner.fqdn, by);
        if (this.cnameOwners.add(record.owner.fqdn, by) !== 0 && this.hostTargets.has(record.owner.fqdn)) this.aliasedHostTargets += this.cnameOwners.has(record.owner.fqdn) ? 1 : -1;
        if (typed?.type === 'CNAME') this.cnameTargets.add(typed.target.fqdn, by);
        return;
      case 'TXT':
        if (record.owner.fqdn.startsWith('_mta-sts.')) this.stsDomains.add(record.owner.fqdn.slice('_mta-sts.'.length), by);
        for (const name of spfDomains(record)) for (const n of ancestors(name)) this.spfDomainsAndAncestors.add(n, by);
    }
  }
}

export class Counted {
  private readonly counts = new Map<string, number>();

  /** Returns +1 when `name` comes in, -1 when it goes, 0 when only its count changed. */
  add(name: string, by: number): number {
    const before = this.counts.get(name) ?? 0;
    const count = before + by;
    if (count > 0) this.counts.set(name, count);
    else this.counts.delete(name);
    return before === 0 && count > 0 ? 1 : before > 0 && count <= 0 ? -1 : 0;
  }

  has(name: string): boolean {
    return this.counts.has(name);
  }

  clear(): void {
    this.counts.clear();
  }
}

function spfDomains(record: ZoneRecord): string[] {
  const value = record.txt?.value.value;
  if (!value || !/^v=spf1/i.test(value)) return [];
  const names: string[] = [];
  for (const match of value.matchAll(/(?:include|redirect|a|mx|exists|ptr)[:=]([^\s/]+)/gi)) {
    names.push(withTrailingDot(match[1]!.toLowerCase()));
  }
  return names;
}

/** The name and each of its ancestors up to the root's child. */
function ancestors(name: string): string[] {
  const out = [name];
  for (let dot = name.indexOf('.'); dot >= 0 && dot < name.length - 1; dot = name.indexOf('.', dot + 1)) out.push(name.slice(dot + 1));
  return out;
}

const wildcard = (record: ZoneRecord) => record.owner.fqdn.startsWith('*.');

/**
 * For the SUBJECT_RULES: whether a changed record concerns only its own owner's findings (an SPF record at a name
 * no SPF record refers to), so the rule can run for that owner alone.
 */
export function concernsOnlyItsOwner(record: ZoneRecord, names: TriggerNames): boolean {
  return spf(record) && !wildcard(record) && !names.spfDomainsAndAncestors.has(record.owner.fqdn);
}
/** Any record that is or was meant as SPF: the TXT value starts with `v=spf1` (any case), or the type SPF. */
const spf = (record: ZoneRecord) => record.type === 'SPF' || (record.type === 'TXT' && /^\s*v\s*=\s*spf1/i.test(record.txt?.value.value ?? record.rdata.map((f) => f.text).join('')));
/** TXT records at a name a mail policy lives under (DMARC and its report authorizations, BIMI, MTA-STS, TLS-RPT). */
const underscored = (record: ZoneRecord, label: string) => record.type === 'TXT' && (record.owner.fqdn.startsWith(label + '.') || record.owner.fqdn.includes('.' + label + '.'));
/** The domain a mail policy name is for: `_dmarc.d`, `_mta-sts.d`, `_smtp._tls.d`, `sel._domainkey.d` → `d`. */
function policyDomain(fqdn: string): string | undefined {
  for (const prefix of ['_dmarc.', '_mta-sts.', '_smtp._tls.']) if (fqdn.startsWith(prefix)) return fqdn.slice(prefix.length);
  const key = fqdn.indexOf('._domainkey.');
  if (key >= 0) return fqdn.slice(key + '._domainkey.'.length);
  return fqdn.startsWith('_domainkey.') ? fqdn.slice('_domainkey.'.length) : undefined;
}

function hostTargetOf(record: ZoneRecord): string | undefined {
  const typed = record.typed;
  if (typed?.type === 'MX') return typed.exchange.fqdn;
  return typed?.type === 'NS' || typed?.type === 'SRV' ? typed.target.fqdn : undefined;
}

function mxTouchesAlias(record: ZoneRecord, names: TriggerNames): boolean {
  if (record.type !== 'MX') return false;
  const exchange = record.typed?.type === 'MX' ? record.typed.exchange.fqdn : undefined;
  return names.cnameOwners.has(record.owner.fqdn) || (exchange !== undefined && names.cnameOwners.has(exchange));
}
const HOST_TYPES = new Set(['NS', 'MX', 'SRV']);

export const WIDE_TRIGGERS: ReadonlyMap<string, WideTrigger> = new Map<string, WideTrigger>([
  // Host records, the delegations (NS), and whatever exists at a target or above it (address, CNAME, wildcard).
  // An MX or SRV record whose target has an address (or alias) gives no finding; a dropped one's go with its chunk.
  ['zone/target-no-address', (r, n) => r.type === 'NS' || ((r.type === 'MX' || r.type === 'SRV') && !n.addressOwners.has(hostTargetOf(r) ?? '')) || wildcard(r) || n.hostTargetsAndAncestors.has(r.owner.fqdn)],
  // Host records, aliases, and the addresses at an alias chain's end (the fix needs them; a CNAME without
  // readable data ends the chain at its own owner).
  // (A host record whose target is no alias gives no finding; a dropped one's findings go with its chunk.)
  ['zone/target-is-cname', (r, n) => r.type === 'CNAME' || (HOST_TYPES.has(r.type) && n.cnameOwners.has(hostTargetOf(r) ?? '')) || (n.aliasedHostTargets > 0 && (n.cnameTargets.has(r.owner.fqdn) || n.cnameOwners.has(r.owner.fqdn)))],
  // Aliases, exchangers, and the names that make an owner a mail name (DMARC, MTA-STS, TLS-RPT, DKIM keys).
  ['mx/cname-at-mail-name', (r, n) => r.type === 'CNAME' || mxTouchesAlias(r, n) || n.cnameOwners.has(policyDomain(r.owner.fqdn) ?? '')],
  ['mx/target-is-address', (r, n) => (r.type === 'MX' && (r.typed?.type !== 'MX' || isAddressLiteral(r.typed.exchange.text))) || ((r.type === 'A' || r.type === 'AAAA') && n.addressMx.has(''))],
  // SPF records, and what the names they point at are (CNAME, delegation, wildcard, existence).
  ...['spf/include-loop', 'spf/target-without-spf', 'spf/too-many-lookups'].map(
    (id): [string, WideTrigger] => [id, (r, n) => spf(r) || wildcard(r) || n.spfDomainsAndAncestors.has(r.owner.fqdn)],
  ),
  ['dmarc/report-authorization', (r) => underscored(r, '_dmarc')],
  ['srv/no-implicit-tls', (r) => r.type === 'SRV'],
  ['mtasts/no-policy-host', (r) => underscored(r, '_mta-sts') || wildcard(r) || r.owner.fqdn.startsWith('mta-sts.')],
  ['mtasts/no-tls-reports', (r) => underscored(r, '_mta-sts') || underscored(r, '_tls')],
  ['mtasts/policy-mx-mismatch', (r, n) => underscored(r, '_mta-sts') || (r.type === 'MX' && n.stsDomains.has(r.owner.fqdn))],
  ['bimi/dmarc-not-enforced', (r) => underscored(r, '_bimi') || underscored(r, '_dmarc')],
  ['zone/below-dname', (r, n) => r.type === 'DNAME' || n.hasType('DNAME')],
  // The SOA and the apex: a change to them re-lints everything (IncrementalZoneLint), nothing else concerns them.
  ...['zone/missing-soa', 'zone/multiple-soa', 'zone/soa-not-first', 'zone/no-apex-ns', 'zone/single-ns', 'zone/soa-timers', 'zone/soa-serial'].map(
    (id): [string, WideTrigger] => [id, () => false],
  ),
]);
