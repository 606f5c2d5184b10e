import type { AnyRule } from '../rule';

/** nginx TLS and mail-proxy rules. One module per rule. */
export const nginxRules: AnyRule[] = [];
