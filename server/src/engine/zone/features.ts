import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import type { RuleEnv } from '../rules/rule';
import type { Zone } from './model';

/**
 * Editor features over a zone that other areas contribute (the mail area's hovers on SPF terms, its
 * completions inside TXT values). The zone language asks each provider in turn; the first answer wins
 * for hover, completions are concatenated.
 */
export type ZoneHoverProvider = (zone: Zone, offset: number, env: RuleEnv) => Hover | undefined;
export type ZoneCompletionProvider = (zone: Zone, offset: number, env: RuleEnv) => CompletionItem[];

export const zoneHoverProviders: ZoneHoverProvider[] = [];
export const zoneCompletionProviders: ZoneCompletionProvider[] = [];
