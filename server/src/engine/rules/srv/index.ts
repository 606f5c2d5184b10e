import type { AnyRule } from '../rule';

/** srv rules, one module per rule. */
export const srvRules: AnyRule[] = [];
