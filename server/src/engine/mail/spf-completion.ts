import { CompletionItemKind, CompletionItemTag, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import { zoneCompletionProviders } from '../zone/features';
import type { Zone } from '../zone/model';
import { isSpfValue } from './spf/parse';
import { spfAtOffset } from './spf/at-offset';
import { knownSpfIncludes, providerName } from './providers-spf';

interface SpfContext {
  /** The SPF value from its start up to the cursor. */
  before: string;
  /** The term being typed (from the last space to the cursor). */
  word: string;
}

/** Completion inside SPF TXT values: the version, mechanisms with qualifiers, modifiers, provider includes. */
export function spfCompletion(zone: Zone, offset: number, env: RuleEnv): CompletionItem[] {
  const context = spfContext(zone, offset);
  if (!context) return [];
  const locale = env.settings.locale;
  const range = zone.file.rangeOf({ start: offset - context.word.length, end: offset });
  const beforeWord = context.before.slice(0, context.before.length - context.word.length);
  if (beforeWord === '') return 'v=spf1'.startsWith(context.word.toLowerCase()) ? [versionItem(range, locale)] : [];
  if (!isSpfValue(beforeWord)) return [];
  const present = context.before.toLowerCase();
  const qualifier = /^[-~?+]/.test(context.word) ? context.word[0]! : '';
  const items: CompletionItem[] = [];
  const add = (text: string, kind: CompletionItemKind, detailKey: string, args: Record<string, string> = {}, deprecated = false) => {
    const item: CompletionItem = { label: text, kind, detail: phrase(detailKey, args, locale), textEdit: { range, newText: text }, filterText: text };
    if (deprecated) item.tags = [CompletionItemTag.Deprecated];
    items.push(item);
  };
  for (const name of ['include:', 'a', 'mx', 'ip4:', 'ip6:', 'exists:']) add(qualifier + name, CompletionItemKind.Keyword, `spf.complete.${name.replace(':', '')}`);
  add(qualifier + 'ptr', CompletionItemKind.Keyword, 'spf.complete.ptr', {}, true);
  if (!/(^| )[-~?+]?all( |$)/.test(present)) {
    for (const all of qualifier ? [qualifier + 'all'] : ['~all', '-all']) add(all, CompletionItemKind.Keyword, `spf.complete.all${all[0] === '-' ? 'Fail' : all[0] === '~' ? 'Softfail' : 'Other'}`);
  }
  if (!qualifier) {
    if (!/(^| )redirect=/.test(present)) add('redirect=', CompletionItemKind.Property, 'spf.complete.redirect');
    if (!/(^| )exp=/.test(present)) add('exp=', CompletionItemKind.Property, 'spf.complete.exp');
  }
  for (const { include, provider } of knownSpfIncludes()) {
    if (present.includes(`include:${include}`)) continue;
    const item: CompletionItem = {
      label: `${qualifier}include:${include}`,
      kind: CompletionItemKind.Module,
      detail: providerName(provider, locale),
      textEdit: { range, newText: `${qualifier}include:${include}` },
    };
    if (!provider.spf.verified) item.documentation = phrase('spf.complete.unverified', { note: provider.spf.note ?? '' }, locale);
    items.push(item);
  }
  return items;
}

function versionItem(range: Range, locale: string): CompletionItem {
  return { label: 'v=spf1', kind: CompletionItemKind.Keyword, detail: phrase('spf.complete.version', {}, locale), textEdit: { range, newText: 'v=spf1 ' } };
}

function spfContext(zone: Zone, offset: number): SpfContext | undefined {
  const at = spfAtOffset(zone, offset);
  if (at) {
    const end = at.position >= 0 ? at.position : endOfStringBefore(at.info.value, offset);
    if (end < 0) return undefined;
    const before = at.info.value.value.slice(0, end);
    return { before, word: before.slice(before.lastIndexOf(' ') + 1) };
  }
  // While typing, the closing quote is often missing and the record is not parsed as TXT: read the line.
  const lineStart = zone.file.lineStarts[zone.file.positionAt(offset).line]!;
  const match = /\bTXT\s+(?:\(\s*)?"([^"]*)$/i.exec(zone.file.text.slice(lineStart, offset));
  if (!match) return undefined;
  const before = match[1]!;
  return { before, word: before.slice(before.lastIndexOf(' ') + 1) };
}

/** At a closing quote the cursor sits just after the string's last character. */
function endOfStringBefore(value: { fromSource(offset: number): number }, offset: number): number {
  const previous = value.fromSource(offset - 1);
  return previous < 0 ? -1 : previous + 1;
}

zoneCompletionProviders.push(spfCompletion);
