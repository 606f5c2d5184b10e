import { TLS_RPT } from '../../mail/tlsrpt/record';
import { versionRule } from '../../mail/tags/versioned-rules';

/** The record must start with exactly `v=TLSRPTv1`; otherwise it is ignored. */
export const tlsrptVersion = versionRule({ id: 'tlsrpt/version', kind: TLS_RPT, source: 'RFC 8460 §3' });
