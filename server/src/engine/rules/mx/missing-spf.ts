import type { ZoneRule } from '../rule';
import { hasSpfTxtRecord } from '../../mail/spf/records';
import { mxOwners } from '../../mail/tags/mx-owners';

/**
 * A name that receives mail (has MX) is a mail domain, and receivers check SPF for it (RFC 7208 §2.1). With no
 * SPF record anyone may send as it and many receivers score its mail down. Only checked when the name has a
 * non-null MX: mail may be sent from other names, but these are certainly in use.
 */
export const mxMissingSpf: ZoneRule = {
  id: 'mx/missing-spf',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §2.1',
  check(zone, report) {
    for (const { owner, exchanges: mx } of mxOwners(zone)) {
      if (mx.length === 0 || hasSpfTxtRecord(zone, owner)) continue;
      report({ path: mx[0]!.file.path, span: mx[0]!.typeSpan, args: { owner } });
    }
  },
};
