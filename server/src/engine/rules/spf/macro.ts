import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `macro` found by the SPF parser (see mail/spf/parse.ts). */
export const spfMacro: ZoneRule = grammarRule(
  { id: 'spf/macro', defaultSeverity: 'error', source: 'RFC 7208 §7.1', fixable: false },
  'macro',
);
