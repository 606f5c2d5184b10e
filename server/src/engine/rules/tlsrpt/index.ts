import type { AnyRule } from '../rule';

/** tlsrpt rules, one module per rule. */
export const tlsrptRules: AnyRule[] = [];
