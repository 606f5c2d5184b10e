import type { AnyRule } from '../rule';

/** dkim rules, one module per rule. */
export const dkimRules: AnyRule[] = [];
