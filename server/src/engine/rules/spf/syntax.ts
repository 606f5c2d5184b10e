import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `syntax` found by the SPF parser (see mail/spf/parse.ts). */
export const spfSyntax: ZoneRule = grammarRule(
  { id: 'spf/syntax', defaultSeverity: 'error', source: 'RFC 7208 §4.6.1, §12', fixable: false },
  'syntax',
);
