import type { AnyRule } from '../rule';

/** Mail-record rules: SPF, DKIM, DMARC, MTA-STS, TLS-RPT, BIMI, MX, SRV. One module per rule. */
export const mailRules: AnyRule[] = [];
