import type { AnyRule } from '../rule';

/** Zone-file rules (syntax, data, names, SOA, RRsets). One module per rule. */
export const zoneRules: AnyRule[] = [];
