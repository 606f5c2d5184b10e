import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { EngineDiagnostic } from '../../diagnostics';
import { phrase } from '../../catalog/catalogue';
import { registerLanguage, type LanguageService } from '../../languages';
import { runRules } from '../../lint';
import { mtastsRules } from '../../rules/mtasts/index';
import type { SourceFile } from '../../text/source';
import { parsePolicy, POLICY_MODES, type MtaStsPolicy } from './policy';

/** The `mta-sts` language: `.well-known/mta-sts.txt` policy files (RFC 8461 §3.2). */
const rules = mtastsRules.filter((rule) => rule.language === 'mta-sts');

const KNOWN_KEYS = ['version', 'mode', 'mx', 'max_age'] as const;

export const mtaStsPolicyLanguage: LanguageService<MtaStsPolicy> = {
  language: 'mta-sts',
  parse(file: SourceFile): MtaStsPolicy {
    return parsePolicy(file);
  },
  lint(policy, file, env): EngineDiagnostic[] {
    return runRules(rules, policy, env, (path) => (path === file.path ? file : undefined), file);
  },
  hover(policy, file, offset, env): Hover | undefined {
    const field = policy.fields.find((f) => offset >= f.keySpan.start && offset <= f.keySpan.end);
    if (!field || !(KNOWN_KEYS as readonly string[]).includes(field.key)) return undefined;
    const text = phrase(`mtasts.policy.${field.key}`, {}, env.settings.locale) + '\n\n' + phrase('mail.hover.source', { section: 'RFC 8461 §3.2' }, env.settings.locale);
    return { contents: { kind: 'markdown', value: text }, range: file.rangeOf(field.keySpan) };
  },
  complete(policy, file, offset, env): CompletionItem[] {
    const position = file.positionAt(offset);
    const before = file.text.slice(file.lineStarts[position.line]!, offset);
    if (/^\s*mode\s*:\s*\w*$/.test(before)) {
      return POLICY_MODES.map((mode) => ({ label: mode, kind: CompletionItemKind.EnumMember, documentation: { kind: 'markdown', value: phrase('mtasts.policy.mode', {}, env.settings.locale) } }));
    }
    if (!/^\s*[\w.-]*$/.test(before)) return [];
    const present = new Set(policy.fields.map((f) => f.key));
    return KNOWN_KEYS.filter((key) => key === 'mx' || !present.has(key)).map((key) => ({
      label: key,
      kind: CompletionItemKind.Property,
      insertText: `${key}: `,
      documentation: { kind: 'markdown', value: phrase(`mtasts.policy.${key}`, {}, env.settings.locale) },
    }));
  },
};

registerLanguage(mtaStsPolicyLanguage);
