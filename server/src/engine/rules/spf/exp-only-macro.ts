import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `exp-only-macro` found by the SPF parser (see mail/spf/parse.ts). */
export const spfExpOnlyMacro: ZoneRule = grammarRule(
  { id: 'spf/exp-only-macro', defaultSeverity: 'error', source: 'RFC 7208 §7.3', fixable: false },
  'exp-only-macro',
);
