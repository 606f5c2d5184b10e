import type { AnyRule } from '../rule';

/** mtasts rules, one module per rule. */
export const mtastsRules: AnyRule[] = [];
