import type { RuleEnv } from '../../rules/rule';
import type { Zone } from '../../zone/model';
import { isMechanism } from './ast';
import { compactList } from '../../text/compact';
import { hasSpfTxtRecord, spfRecords, spfTxtRecordsAt, type SpfRecordInfo } from './records';
import { ZoneMemo } from '../../zone/zone-memo';
import { RecordMemo } from '../../zone/record-memo';
import { withTrailingDot } from '../../zone/names';

/** RFC 7208 §4.6.4: at most 10 terms that cause DNS queries per check_host() evaluation. */
export const LOOKUP_LIMIT = 10;

/**
 * Where an include/redirect target was found: in this zone or another zone of the workspace (its
 * lookups are followed), outside the workspace or behind a macro (counted as 1), at a name the
 * workspace holds without an SPF record, or back on a name already being evaluated.
 */
export type TargetPlace = 'zone' | 'workspace' | 'outside' | 'macro' | 'missing' | 'cycle';

export interface TermLookups {
  term: number;
  /** 1 when the term itself queries DNS, else 0. */
  own: number;
  /** Lookups of the record an include/redirect evaluates, when it is in the workspace. */
  nested: number;
  target?: string;
  place?: TargetPlace;
  /** When evaluating the target comes back to a name already being evaluated: that loop of names. */
  chain?: string[];
}

export interface LookupCount {
  total: number;
  terms: TermLookups[];
  /** Index of the term at which the running count first passes the limit. */
  overAt: number | undefined;
}

/**
 * Counts depend on the other records (include and redirect targets) and on the workspace, so they are kept
 * per zone and workspace: per record, per name (totals), and the place of each target (most records of a
 * large zone include the same few names).
 */
interface ZoneLookups {
  workspace: RuleEnv['workspace'];
  records: Map<SpfRecordInfo, LookupCount>;
  names: Map<string, number>;
  targets: Map<string, FoundTarget>;
  summary?: LookupSummary;
}

/** The zone's SPF TXT records whose counts the lookup rules report on, each list in file order. */
export interface LookupSummary {
  /** More than LOOKUP_LIMIT lookups. */
  over: SpfRecordInfo[];
  /** Some term comes back to a name being evaluated. */
  loops: SpfRecordInfo[];
  /** Some include/redirect target in the workspace has no SPF record. */
  missing: SpfRecordInfo[];
}

/** Counts every SPF TXT record of the zone once and lists those the rules report on (shared by them). */
export function lookupSummary(zone: Zone, env: RuleEnv): LookupSummary {
  const caches = cachesOf(zone, env);
  if (caches.summary) return caches.summary;
  const summary: LookupSummary = { over: [], loops: [], missing: [] };
  for (const info of spfRecords(zone)) {
    if (info.record.type !== 'TXT') continue;
    const count = countLookups(zone, info, env);
    if (count.total > LOOKUP_LIMIT) summary.over.push(info);
    if (count.terms.some((t) => t.chain)) summary.loops.push(info);
    if (count.terms.some((t) => t.place === 'missing')) summary.missing.push(info);
  }
  caches.summary = summary;
  return summary;
}

const zoneCaches = new ZoneMemo<ZoneLookups>();

function cachesOf(zone: Zone, env: RuleEnv): ZoneLookups {
  let caches = zoneCaches.get(zone);
  if (!caches || caches.workspace !== env.workspace) {
    caches = { workspace: env.workspace, records: new Map(), names: new Map(), targets: new Map() };
    zoneCaches.set(zone, caches);
  }
  return caches;
}

/** The record's DNS-lookup count, following include and redirect through the workspace. Memoized per zone. */
export function countLookups(zone: Zone, info: SpfRecordInfo, env: RuleEnv): LookupCount {
  const byInfo = cachesOf(zone, env).records;
  let count = byInfo.get(info);
  if (!count) {
    // The count another zone found for this record still holds when each of its targets has the same place and
    // total here: then it is taken over (an edit elsewhere in the zone leaves most records' counts unchanged).
    const earlier = lastCounts.get(info.record);
    if (earlier && sameTargets(zone, info, env, earlier)) count = earlier;
    else {
      count = evaluate(zone, info, env, [info.record.owner.fqdn]).count;
      lastCounts.set(info.record, count);
    }
    byInfo.set(info, count);
  }
  return count;
}

/** The count last found for each record, in whichever zone: reused only after `sameTargets` checks it. */
const lastCounts = new RecordMemo<LookupCount>();

function sameTargets(zone: Zone, info: SpfRecordInfo, env: RuleEnv, count: LookupCount): boolean {
  const owner = info.record.owner.fqdn;
  for (const entry of count.terms) {
    if (entry.chain) return false;
    const target = entry.target;
    if (target === undefined) continue;
    const found = cachedTarget(zone, target, env);
    if (found.place !== entry.place) return false;
    if (!found.zone) continue;
    const nested = nameTotal(found.zone, target, env, [owner, target]);
    if (nested.cycle || nested.total !== entry.nested) return false;
  }
  return true;
}

interface Evaluation {
  count: LookupCount;
  /** The first loop met below; partial totals of a loop are not cached by name. */
  cycle: string[] | undefined;
}

/** What a term queries, read from the record alone: kept per record (SpfRecordInfo), shared by every zone. */
interface TermPlan {
  term: number;
  /** The term follows its target (include, or redirect without all). */
  follows: boolean;
  /** The absolute lower-case target; undefined behind a macro. */
  target: string | undefined;
}

const plans = new RecordMemo<readonly TermPlan[]>();

function planOf(info: SpfRecordInfo): readonly TermPlan[] {
  let plan = plans.get(info.record);
  if (!plan) plans.set(info.record, (plan = readPlan(info)));
  return plan;
}

function readPlan(info: SpfRecordInfo): readonly TermPlan[] {
  const plan: TermPlan[] = [];
  const terms = info.parse.terms;
  const hasAll = terms.some((t) => isMechanism(t, 'all'));
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    const follows = (term.kind === 'mechanism' && term.known === 'include') || (term.kind === 'modifier' && term.known === 'redirect' && !hasAll);
    const queries = follows || (term.kind === 'mechanism' && (term.known === 'a' || term.known === 'mx' || term.known === 'ptr' || term.known === 'exists'));
    if (!queries) continue;
    plan.push({ term: index, follows, target: follows ? targetName(term.kind === 'mechanism' ? term.domain?.text : term.value.text) : undefined });
  }
  return compactList(plan);
}

function evaluate(zone: Zone, info: SpfRecordInfo, env: RuleEnv, stack: string[]): Evaluation {
  const terms = info.parse.terms;
  const plan = planOf(info);
  const out: TermLookups[] = new Array(terms.length);
  let total = 0;
  let overAt: number | undefined;
  let cycle: string[] | undefined;
  let next = 0;
  for (let index = 0; index < terms.length; index++) {
    const step = plan[next];
    let entry: TermLookups;
    if (step && step.term === index) {
      next++;
      entry = termLookups(zone, step, env, stack);
      cycle ??= entry.chain;
      total += entry.own + entry.nested;
      if (overAt === undefined && total > LOOKUP_LIMIT) overAt = index;
    } else entry = noLookups(index);
    out[index] = entry;
  }
  return { count: { total, terms: out, overAt }, cycle };
}

/** The entry of a term that queries nothing: one shared frozen entry per term index. */
function noLookups(term: number): TermLookups {
  while (NO_LOOKUPS.length <= term) NO_LOOKUPS.push(Object.freeze({ term: NO_LOOKUPS.length, own: 0, nested: 0 }));
  return NO_LOOKUPS[term]!;
}

const NO_LOOKUPS: TermLookups[] = [];

function termLookups(zone: Zone, step: TermPlan, env: RuleEnv, stack: string[]): TermLookups {
  // Every field from the start: fields added later would go to a second, out-of-object store.
  const entry: TermLookups = { term: step.term, own: 1, nested: 0, target: undefined, place: undefined, chain: undefined };
  if (!step.follows) return entry;
  const target = step.target;
  if (!target) {
    entry.place = 'macro';
    return entry;
  }
  entry.target = target;
  if (stack.includes(target)) {
    entry.place = 'cycle';
    entry.chain = [...stack.slice(stack.indexOf(target)), target];
    return entry;
  }
  const found = cachedTarget(zone, target, env);
  entry.place = found.place;
  if (!found.zone) return entry;
  const nested = nameTotal(found.zone, target, env, [...stack, target]);
  entry.nested = nested.total;
  if (nested.cycle) entry.chain = nested.cycle;
  return entry;
}

function cachedTarget(zone: Zone, fqdn: string, env: RuleEnv): FoundTarget {
  const byName = cachesOf(zone, env).targets;
  let found = byName.get(fqdn);
  if (!found) {
    found = findTarget(zone, fqdn, env);
    byName.set(fqdn, found);
  }
  return found;
}

function nameTotal(zone: Zone, fqdn: string, env: RuleEnv, stack: string[]): { total: number; cycle: string[] | undefined } {
  const byName = cachesOf(zone, env).names;
  const cached = byName.get(fqdn);
  if (cached !== undefined) return { total: cached, cycle: undefined };
  const info = spfTxtRecordsAt(zone, fqdn)[0];
  if (!info) return { total: 0, cycle: undefined };
  const { count, cycle } = evaluate(zone, info, env, stack);
  if (!cycle) byName.set(fqdn, count.total);
  return { total: count.total, cycle };
}

/** The absolute lower-case name a domain-spec names, or undefined when it holds a macro or is empty. */
export function targetName(spec: string | undefined): string | undefined {
  if (!spec || spec.includes('%')) return undefined;
  return withTrailingDot(spec.toLowerCase());
}

export interface FoundTarget {
  place: Exclude<TargetPlace, 'cycle' | 'macro'>;
  /** The zone holding the target's SPF record, when there is one. */
  zone?: Zone;
}

/**
 * Looks `fqdn` up in this zone or another zone of the workspace. A name below a delegation (NS records
 * under the apex) or at a CNAME is answered elsewhere, so it counts as outside.
 */
export function findTarget(zone: Zone, fqdn: string, env: RuleEnv): FoundTarget {
  const owner = inZone(zone, fqdn) ? zone : env.workspace.zoneFor(fqdn);
  if (!owner || answeredElsewhere(owner, fqdn)) return { place: 'outside' };
  const place = owner === zone ? 'zone' : 'workspace';
  if (hasSpfTxtRecord(owner, fqdn)) return { place, zone: owner };
  return { place: 'missing' };
}

function inZone(zone: Zone, fqdn: string): boolean {
  return zone.origin !== '.' && (fqdn === zone.origin || fqdn.endsWith('.' + zone.origin));
}

function answeredElsewhere(zone: Zone, fqdn: string): boolean {
  if ((zone.byOwner.get(fqdn) ?? []).some((r) => r.type === 'CNAME')) return true;
  const listed = zone.byOwner.has(fqdn);
  for (let name = fqdn; name.length > zone.origin.length && name.endsWith(zone.origin); name = parentOf(name)) {
    if ((zone.byOwner.get(name) ?? []).some((r) => r.type === 'NS')) return true;
    // A wildcard answers for names the zone does not list: then "no record" is not certain.
    if (!listed && zone.byOwner.has('*.' + parentOf(name))) return true;
  }
  return false;
}

function parentOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 || dot === name.length - 1 ? '.' : name.slice(dot + 1);
}
