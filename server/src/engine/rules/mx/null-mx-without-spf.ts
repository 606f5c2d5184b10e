import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { hasSpfTxtRecord } from '../../mail/spf/records';
import { mxOwners } from '../../mail/tags/mx-owners';
import { insertLineAfter, ownerText } from '../../mail/tags/edits';

/**
 * A domain that receives no mail usually sends none either; RFC 7505 §4.3 recommends pairing the null MX
 * with `v=spf1 -all` so nobody can send as the domain.
 */
export const mxNullMxWithoutSpf: ZoneRule = {
  id: 'mx/null-mx-without-spf',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7505 §4.3',
  fixable: true,
  check(zone, report, env) {
    for (const { owner, nullMx } of mxOwners(zone)) {
      if (!nullMx || hasSpfTxtRecord(zone, owner)) continue;
      const line = `${ownerText(owner, zone.origin)} IN TXT "v=spf1 -all"`;
      const fix = { title: phrase('mx.fix.addSpfNone', {}, env.settings.locale), edits: [insertLineAfter(nullMx, line)], preferred: true };
      report({ path: nullMx.file.path, span: nullMx.typeSpan, args: { owner }, fixes: [fix] });
    }
  },
};
