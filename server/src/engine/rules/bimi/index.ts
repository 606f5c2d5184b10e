import type { AnyRule } from '../rule';

/** bimi rules, one module per rule. */
export const bimiRules: AnyRule[] = [];
