import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import { zoneCompletionProviders } from '../zone/features';
import type { Zone } from '../zone/model';
import { mailKindOfOwner, type MailKindInfo } from './tags/mail-kinds';
import { parseTagList } from './tags/tag-list';
import { mailRecordAt } from './tags/record-at';

/**
 * Completion inside DKIM/DMARC/MTA-STS/TLS-RPT/BIMI TXT values (tag names, allowed values, a starter record)
 * and, in the owner column, the owner names these records live at.
 */
export function mailTagCompletion(zone: Zone, offset: number, env: RuleEnv): CompletionItem[] {
  const locale = env.settings.locale;
  const lineStart = zone.file.lineStarts[zone.file.positionAt(offset).line]!;
  const before = zone.file.text.slice(lineStart, offset);
  if (/^[A-Za-z0-9_.*-]*$/.test(before)) return ownerNames(locale);
  const context = valueContext(zone, offset, before);
  return context ? valueItems(context.info, context.prefix, locale) : [];
}

interface ValueContext {
  info: MailKindInfo;
  /** The TXT value from its start up to the cursor. */
  prefix: string;
}

function valueContext(zone: Zone, offset: number, lineBefore: string): ValueContext | undefined {
  const at = mailRecordAt(zone, offset);
  if (at && at.position >= 0) return { info: at.info, prefix: at.tags.text.value.slice(0, at.position) };
  // While typing, the quote is often still open and the parser has no TXT value: read the line instead.
  const match = /^(\S+)\s+(?:\S+\s+)*?TXT\s+"([^"]*)$/i.exec(lineBefore);
  if (!match) return undefined;
  const info = mailKindOfOwner(absoluteName(match[1]!, zone.origin));
  return info ? { info, prefix: match[2]! } : undefined;
}

function absoluteName(text: string, origin: string): string {
  if (text === '@') return origin;
  const lower = text.toLowerCase();
  if (lower.endsWith('.')) return lower;
  return origin === '.' ? lower + '.' : `${lower}.${origin}`;
}

function valueItems(info: MailKindInfo, prefix: string, locale: string): CompletionItem[] {
  const segment = prefix.slice(prefix.lastIndexOf(';') + 1);
  const equals = segment.indexOf('=');
  if (equals >= 0) return tagValues(info, segment.slice(0, equals).trim(), locale);
  const present = new Set(parseTagList(prefix).tags.map((tag) => (info.ignoreCase ? tag.name.toLowerCase() : tag.name)));
  const items: CompletionItem[] = [];
  if (prefix.trim() === '') {
    items.push({
      label: `v=${info.version}; …`,
      kind: CompletionItemKind.Snippet,
      detail: phrase('mail.complete.starter', { kind: info.version }, locale),
      insertText: info.starter,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '0',
    });
  }
  for (const tag of info.tags) {
    if (present.has(tag.name) || isRemovedDmarcTag(info, tag.name)) continue;
    if (tag.name === 'v' && prefix.trim() !== '') continue;
    items.push({
      label: `${tag.name}=`,
      kind: CompletionItemKind.Property,
      documentation: { kind: 'markdown', value: phrase(`${info.kind}.tag.${tag.name}`, {}, locale) },
      insertText: tag.snippet ? `${tag.name}=${tag.snippet}` : `${tag.name}=`,
      insertTextFormat: tag.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      sortText: `1${tag.name}`,
    });
  }
  return items;
}

function isRemovedDmarcTag(info: MailKindInfo, name: string): boolean {
  return info.kind === 'dmarc' && (name === 'pct' || name === 'rf' || name === 'ri');
}

function tagValues(info: MailKindInfo, name: string, locale: string): CompletionItem[] {
  const wanted = info.ignoreCase ? name.toLowerCase() : name;
  const tag = info.tags.find((t) => t.name === wanted);
  if (!tag) return [];
  const documentation = { kind: 'markdown' as const, value: phrase(`${info.kind}.tag.${tag.name}`, {}, locale) };
  const values: CompletionItem[] = (tag.values ?? []).map((value) => ({ label: value, kind: CompletionItemKind.EnumMember, documentation }));
  if (tag.snippet) values.push({ label: tag.snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1'), kind: CompletionItemKind.Value, documentation });
  return values;
}

const OWNER_NAMES: Array<{ label: string; insert: string; detail: string }> = [
  { label: '_dmarc', insert: '_dmarc', detail: 'mail.complete.dmarcOwner' },
  { label: 'selector._domainkey', insert: '${1:selector}._domainkey', detail: 'mail.complete.dkimOwner' },
  { label: '_mta-sts', insert: '_mta-sts', detail: 'mail.complete.mtastsOwner' },
  { label: '_smtp._tls', insert: '_smtp._tls', detail: 'mail.complete.tlsrptOwner' },
  { label: 'default._bimi', insert: '${1:default}._bimi', detail: 'mail.complete.bimiOwner' },
];

function ownerNames(locale: string): CompletionItem[] {
  return OWNER_NAMES.map((name) => ({
    label: name.label,
    kind: CompletionItemKind.Module,
    detail: phrase(name.detail, {}, locale),
    insertText: name.insert,
    insertTextFormat: name.insert.includes('$') ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  }));
}

zoneCompletionProviders.push(mailTagCompletion);
