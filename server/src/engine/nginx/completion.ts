import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { allDirectiveNames, allowedIn, directivePlaceIn } from './directives';
import { contextAt } from './locate';
import type { NginxConfig } from './model';
import { cipherAliases } from './openssl/aliases';

const PROTOCOLS = ['TLSv1.2', 'TLSv1.3'];

/** Directive names allowed where the cursor is; protocol and cipher words inside their directives. */
export function nginxCompletions(config: NginxConfig, file: SourceFile, offset: number, _env: RuleEnv): CompletionItem[] {
  const lineStart = file.lineStarts[file.positionAt(offset).line]!;
  const before = file.text.slice(lineStart, offset);
  const words = before.trim().split(/\s+/).filter(Boolean);
  const atName = words.length === 0 || (words.length === 1 && !/\s$/.test(before));
  if (!atName) {
    const name = words[0];
    if (name === 'ssl_protocols') return PROTOCOLS.map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
    if (name === 'ssl_ciphers') return cipherAliases.filter((a) => !a.legacy).map((a) => ({ label: a.name, kind: CompletionItemKind.Constant }));
    return [];
  }
  const context = contextAt(config, offset);
  return allDirectiveNames()
    .filter((name) => allowedIn(name, context) === true)
    .map((name) => {
      const info = directivePlaceIn(name, context);
      return { label: name, kind: CompletionItemKind.Keyword, detail: info?.module, sortText: name.startsWith('ssl_') ? `0${name}` : `1${name}` };
    });
}
