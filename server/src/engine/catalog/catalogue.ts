import type { CatalogueSection, PhraseSection, RuleText } from './types';
import { enRules, enPhrases } from './en/index';
import { zhRules, zhPhrases } from './zh-cn/index';

const rulesByLocale: Record<string, CatalogueSection> = { en: enRules, 'zh-cn': zhRules };
const phrasesByLocale: Record<string, PhraseSection> = { en: enPhrases, 'zh-cn': zhPhrases };

export const supportedLocales = Object.keys(rulesByLocale);

/** Maps 'zh-CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh' to 'zh-cn'; anything unknown to 'en'. */
export function normalizeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  const lower = locale.toLowerCase().replace('_', '-').split('.')[0]!;
  if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower.startsWith('zh-sg')) return 'zh-cn';
  return 'en';
}

export function ruleText(ruleId: string, locale = 'en'): RuleText | undefined {
  return rulesByLocale[normalizeLocale(locale)]?.[ruleId] ?? enRules[ruleId];
}

export function format(template: string, args: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export function ruleMessage(
  ruleId: string,
  messageId: string | undefined,
  args: Record<string, string | number> | undefined,
  locale = 'en',
): string {
  const id = messageId ?? 'default';
  const localized = rulesByLocale[normalizeLocale(locale)]?.[ruleId]?.messages[id];
  const template = localized ?? enRules[ruleId]?.messages[id] ?? enRules[ruleId]?.messages.default ?? ruleId;
  return format(template, args);
}

export function phrase(key: string, args?: Record<string, string | number>, locale = 'en'): string {
  const template = phrasesByLocale[normalizeLocale(locale)]?.[key] ?? enPhrases[key] ?? key;
  return format(template, args);
}

export function allRuleTexts(locale: string): CatalogueSection {
  return rulesByLocale[normalizeLocale(locale)] ?? enRules;
}
