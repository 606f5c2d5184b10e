import type { AnyRule } from '../rule';

/** dmarc rules, one module per rule. */
export const dmarcRules: AnyRule[] = [];
