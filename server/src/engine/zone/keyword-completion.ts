import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import { zoneCompletionProviders } from './features';
import type { Zone } from './model';

const COMMON_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'CAA', 'PTR', 'SOA', 'TLSA', 'HTTPS', 'SVCB', 'DS', 'DNSKEY', 'SSHFP', 'NAPTR', 'DNAME', 'HINFO'];
const DIRECTIVES = ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE'];
/** `$TT|` at the start of a line. */
const DIRECTIVE_PREFIX = /^\$[A-Za-z]*$/;
/** Owner (or blank), then TTL/class words, then the start of the type being typed: `www 300 IN M|`. */
const TYPE_POSITION = /^(?:[^\s;$"()][^\s;"()]*)?(?:[ \t]+(?:\d+[smhdwSMHDW]?|IN|in|CH|ch|HS|hs))*[ \t]+[A-Za-z]*$/;

/**
 * Completion of the words of a record line that are not data: the $-directives at the start of a line,
 * and record types where the type goes. Inside TXT values the mail area completes.
 */
export function zoneKeywordCompletion(zone: Zone, offset: number, env: RuleEnv): CompletionItem[] {
  const file = zone.file;
  const line = file.positionAt(offset).line;
  const before = file.text.slice(file.lineStarts[line]!, offset);
  const locale = env.settings.locale;
  if (DIRECTIVE_PREFIX.test(before)) {
    return DIRECTIVES.map((directive, index) => ({
      label: directive,
      kind: CompletionItemKind.Keyword,
      detail: phrase(`editor.directive.${directive.slice(1)}`, undefined, locale),
      sortText: String(index).padStart(2, '0'),
    }));
  }
  if (!TYPE_POSITION.test(before) || insideParentheses(zone, offset)) return [];
  return COMMON_TYPES.map((type, index) => ({
    label: type,
    kind: CompletionItemKind.Keyword,
    detail: phrase(`editor.type.${type}`, undefined, locale),
    sortText: String(index).padStart(2, '0'),
  }));
}

function insideParentheses(zone: Zone, offset: number): boolean {
  return zone.records.some((record) => record.file === zone.file && record.parens !== undefined && record.parens.start < offset && offset <= record.parens.end);
}

zoneCompletionProviders.push(zoneKeywordCompletion);
