import type { AnyRule } from '../rule';

/** mx rules, one module per rule. */
export const mxRules: AnyRule[] = [];
