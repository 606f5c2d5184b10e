import type { Hover } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import { zoneHoverProviders } from '../zone/features';
import type { Zone } from '../zone/model';
import { isMechanism, qualifierOf, type SpfMechanism, type SpfModifier, type SpfTerm } from './spf/ast';
import { spfAtOffset } from './spf/at-offset';
import { countLookups, LOOKUP_LIMIT, type TermLookups } from './spf/lookups';
import { displayName, type SpfRecordInfo } from './spf/records';
import { providerName, spfIncludeOwner } from './providers-spf';

const SECTION: Record<string, string> = {
  all: '5.1', include: '5.2', a: '5.3', mx: '5.4', ptr: '5.5', ip4: '5.6', ip6: '5.6', exists: '5.7', redirect: '6.1', exp: '6.2',
};
const RESULT: Record<string, string> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/**
 * Hover inside an SPF record: on a term, what it matches, its result, the RFC 7208 section, the provider
 * of an include and how the term counts toward the 10-lookup limit; elsewhere on the record, the lookup
 * count and who may send mail for the domain.
 */
export function spfHover(zone: Zone, offset: number, env: RuleEnv): Hover | undefined {
  const at = spfAtOffset(zone, offset);
  if (!at) return undefined;
  const locale = env.settings.locale;
  const lookups = at.info.record.type === 'TXT' ? countLookups(zone, at.info, env) : undefined;
  const file = at.info.record.file;
  if (at.term) {
    const lines = termLines(at.info, at.term, lookups?.terms[at.index], locale);
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: file.rangeOf(at.info.value.toSource(at.term.range.start, at.term.range.end)) };
  }
  const lines = recordLines(at.info, lookups?.total, locale);
  const strings = at.info.record.txt!.strings;
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: file.rangeOf({ start: strings[0]!.span.start, end: strings[strings.length - 1]!.span.end }) };
}

function termLines(info: SpfRecordInfo, term: SpfTerm, lookups: TermLookups | undefined, locale: string): string[] {
  const written = info.parse.value.slice(term.range.start, term.range.end);
  const domain = displayName(info.record.owner.fqdn);
  const lines = [`**\`${written}\`**`];
  if (term.kind === 'mechanism') lines.push(...mechanismLines(term, domain, locale));
  else lines.push(modifierLine(term, info, locale));
  const lookupLine = lookups ? lookupText(lookups, locale) : undefined;
  if (lookupLine) lines.push(lookupLine);
  const section = SECTION[term.known ?? ''] ?? (term.kind === 'modifier' ? '6' : '5');
  lines.push(phrase('spf.hover.section', { section }, locale));
  return lines;
}

function mechanismLines(term: SpfMechanism, owner: string, locale: string): string[] {
  if (!term.known) return [phrase('spf.hover.mechanism.unknown', { name: term.name.text }, locale)];
  const domain = term.domain?.text ?? owner;
  const network = `${term.address?.text ?? ''}${term.cidr4?.value !== undefined ? `/${term.cidr4.value}` : ''}${term.cidr6?.value !== undefined ? `/${term.cidr6.value}` : ''}`;
  const lines = [phrase(`spf.hover.mechanism.${term.known}`, { domain, network }, locale)];
  if ((term.known === 'a' || term.known === 'mx') && (term.cidr4 || term.cidr6)) {
    lines.push(phrase('spf.hover.cidr', { ip4: term.cidr4?.value ?? 32, ip6: term.cidr6?.value ?? 128 }, locale));
  }
  const qualifier = qualifierOf(term);
  lines.push(phrase('spf.hover.qualifier', { qualifier, result: phrase(`spf.result.${RESULT[qualifier]}`, {}, locale) }, locale));
  if (term.known === 'include' && term.domain) {
    const provider = providerLine(term.domain.text, locale);
    if (provider) lines.push(provider);
  }
  return lines;
}

function modifierLine(term: SpfModifier, info: SpfRecordInfo, locale: string): string {
  if (!term.known) return phrase('spf.hover.modifier.unknown', { name: term.name.text }, locale);
  const line = phrase(`spf.hover.modifier.${term.known}`, { domain: term.value.text }, locale);
  const ignored = term.known === 'redirect' && info.parse.terms.some((t) => isMechanism(t, 'all'));
  return ignored ? `${line} ${phrase('spf.hover.redirectIgnored', {}, locale)}` : line;
}

function providerLine(include: string, locale: string): string | undefined {
  const owner = spfIncludeOwner(include);
  if (!owner) return undefined;
  const provider = providerName(owner.provider, locale);
  if (!owner.documented) return phrase('spf.hover.undocumented', { provider, include: owner.provider.spf.include }, locale);
  if (!owner.verified) return phrase('spf.hover.providerUnverified', { provider, note: owner.note ?? '' }, locale);
  return phrase('spf.hover.provider', { provider }, locale);
}

function lookupText(lookups: TermLookups, locale: string): string | undefined {
  if (lookups.own === 0) return undefined;
  const target = displayName(lookups.target ?? '');
  switch (lookups.place) {
    case 'zone':
    case 'workspace':
      return phrase(`spf.hover.lookups.${lookups.place}`, { target, nested: lookups.nested }, locale);
    case 'outside':
    case 'macro':
    case 'missing':
      return phrase(`spf.hover.lookups.${lookups.place}`, { target }, locale);
    case 'cycle':
      return phrase('spf.hover.lookups.cycle', { target, chain: (lookups.chain ?? []).map(displayName).join(' → ') }, locale);
    default:
      return phrase('spf.hover.lookups.one', {}, locale);
  }
}

function recordLines(info: SpfRecordInfo, total: number | undefined, locale: string): string[] {
  const domain = displayName(info.record.owner.fqdn);
  const lines = [phrase('spf.hover.record.title', { domain }, locale)];
  if (info.record.type !== 'TXT') lines.push(phrase('spf.hover.record.typeSpf', {}, locale));
  if (total !== undefined) {
    lines.push(phrase(total > LOOKUP_LIMIT ? 'spf.hover.record.lookupsOver' : 'spf.hover.record.lookups', { count: total, limit: LOOKUP_LIMIT }, locale));
  }
  const senders = sendersOf(info, domain, locale);
  lines.push(senders.length ? phrase('spf.hover.record.senders', { list: senders.join(phrase('spf.hover.listSeparator', {}, locale)) }, locale) : phrase('spf.hover.record.nobody', {}, locale));
  lines.push(othersLine(info, locale));
  if (info.parse.problems.length > 0) lines.push(phrase('spf.hover.record.broken', { count: info.parse.problems.length }, locale));
  return lines;
}

/** The terms before `all` that pass mail, in words. */
function sendersOf(info: SpfRecordInfo, owner: string, locale: string): string[] {
  const out: string[] = [];
  for (const term of info.parse.terms) {
    if (isMechanism(term, 'all')) break;
    if (term.kind !== 'mechanism' || !term.known || qualifierOf(term) !== '+') continue;
    const domain = term.domain?.text ?? owner;
    if (term.known === 'ip4' || term.known === 'ip6') {
      const cidr = term.cidr4?.value ?? term.cidr6?.value;
      out.push(phrase('spf.sender.ip', { network: `${term.address?.text ?? ''}${cidr !== undefined ? `/${cidr}` : ''}` }, locale));
    } else if (term.known === 'include') {
      const owned = spfIncludeOwner(domain);
      out.push(owned ? phrase('spf.sender.includeProvider', { domain, provider: providerName(owned.provider, locale) }, locale) : phrase('spf.sender.include', { domain }, locale));
    } else out.push(phrase(`spf.sender.${term.known}`, { domain }, locale));
  }
  return out;
}

function othersLine(info: SpfRecordInfo, locale: string): string {
  const all = info.parse.terms.find((t): t is SpfMechanism => t.kind === 'mechanism' && t.known === 'all');
  if (all) return phrase(`spf.hover.record.others.${RESULT[qualifierOf(all)]}`, {}, locale);
  const redirect = info.parse.terms.find((t): t is SpfModifier => t.kind === 'modifier' && t.known === 'redirect');
  if (redirect) return phrase('spf.hover.record.others.redirect', { domain: redirect.value.text }, locale);
  return phrase('spf.hover.record.others.none', {}, locale);
}

zoneHoverProviders.push(spfHover);
