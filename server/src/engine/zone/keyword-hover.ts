import type { Hover } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import type { Span } from '../text/source';
import { zoneHoverProviders } from './features';
import type { Zone } from './model';

/** Record types with a one-line meaning in the editor catalogue (`editor.type.<TYPE>`), with their RFC. */
const DESCRIBED_TYPES = new Set([
  'A', 'AAAA', 'CNAME', 'DNAME', 'MX', 'NS', 'PTR', 'SOA', 'SRV', 'TXT', 'SPF', 'CAA', 'DS', 'DNSKEY', 'TLSA',
  'SSHFP', 'NAPTR', 'SVCB', 'HTTPS', 'HINFO',
]);
const DIRECTIVES = new Set(['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE']);

/**
 * Hover on the words of a zone that are not data: the record type (what it holds, its RFC), the TTL (in
 * days/hours/minutes), and the $-directives. Values inside TXT records are the mail area's hovers.
 */
export function zoneKeywordHover(zone: Zone, offset: number, env: RuleEnv): Hover | undefined {
  const locale = env.settings.locale;
  const file = zone.file;
  for (const directive of zone.directives) {
    if (directive.file === file && inside(directive.nameSpan, offset) && DIRECTIVES.has(directive.kind)) {
      return hover(file.rangeOf(directive.nameSpan), `**${directive.kind}**: ${phrase(`editor.directive.${directive.kind.slice(1)}`, undefined, locale)}`);
    }
  }
  const record = zone.records.find((r) => r.file === file && r.span.start <= offset && offset <= r.span.end);
  if (!record) return undefined;
  if (inside(record.typeSpan, offset) && DESCRIBED_TYPES.has(record.type)) {
    return hover(file.rangeOf(record.typeSpan), `**${record.type}**: ${phrase(`editor.type.${record.type}`, undefined, locale)}`);
  }
  if (record.ttlSpan && inside(record.ttlSpan, offset) && record.ttl !== undefined) {
    return hover(file.rangeOf(record.ttlSpan), phrase('editor.ttl', { seconds: record.ttl, readable: readableDuration(record.ttl, locale) }, locale));
  }
  return undefined;
}

/** 90061 → "1 d 1 h 1 min 1 s" (units from the catalogue). */
export function readableDuration(seconds: number, locale: string): string {
  const units: Array<[number, string]> = [[604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute'], [1, 'second']];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of units) {
    const count = Math.floor(rest / size);
    if (count === 0) continue;
    parts.push(phrase(`editor.unit.${unit}`, { count }, locale));
    rest -= count * size;
  }
  return parts.length > 0 ? parts.join(' ') : phrase('editor.unit.second', { count: 0 }, locale);
}

function hover(range: Hover['range'], value: string): Hover {
  return { contents: { kind: 'markdown', value }, range };
}

function inside(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

zoneHoverProviders.push(zoneKeywordHover);
