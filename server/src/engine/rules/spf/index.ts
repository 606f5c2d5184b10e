import type { AnyRule } from '../rule';

/** spf rules, one module per rule. */
export const spfRules: AnyRule[] = [];
