import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `bad-domain-spec` found by the SPF parser (see mail/spf/parse.ts). */
export const spfBadDomainSpec: ZoneRule = grammarRule(
  { id: 'spf/bad-domain-spec', defaultSeverity: 'error', source: 'RFC 7208 §7.1', fixable: true },
  'bad-domain-spec',
);
