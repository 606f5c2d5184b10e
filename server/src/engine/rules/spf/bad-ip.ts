import type { ZoneRule } from '../rule';
import { grammarRule } from '../../mail/spf/grammar-rule';

/** Grammar problems of kind `bad-ip` found by the SPF parser (see mail/spf/parse.ts). */
export const spfBadIp: ZoneRule = grammarRule(
  { id: 'spf/bad-ip', defaultSeverity: 'error', source: 'RFC 7208 §5.6', fixable: true },
  'bad-ip',
);
