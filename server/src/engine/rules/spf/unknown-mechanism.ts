import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `unknown-mechanism` found by the SPF parser (see mail/spf/parse.ts). */
export const spfUnknownMechanism: ZoneRule = grammarRule(
  { id: 'spf/unknown-mechanism', defaultSeverity: 'error', source: 'RFC 7208 §4.6.1, §5', fixable: true },
  'unknown-mechanism',
);
