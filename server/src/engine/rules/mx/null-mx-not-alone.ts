import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { isNullMx, recordsOfType } from '../../mail/tags/mail-records';
import { deleteRecord } from '../../mail/tags/edits';

/** A null MX (`MX 0 .`) says the domain takes no mail; it must be the only MX at its name (RFC 7505 §3). */
export const mxNullMxNotAlone: ZoneRule = {
  id: 'mx/null-mx-not-alone',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7505 §3',
  fixable: true,
  check(zone, report, env) {
    for (const [owner, records] of zone.byOwner) {
      const nullMx = records.find(isNullMx);
      if (!nullMx) continue;
      const others = recordsOfType(zone, owner, 'MX').filter((record) => !isNullMx(record));
      if (others.length === 0) continue;
      const fix = { title: phrase('mx.fix.removeOtherMx', { count: others.length }, env.settings.locale), edits: others.map(deleteRecord) };
      const span = nullMx.typed?.type === 'MX' ? nullMx.typed.exchange.span : nullMx.rdataSpan;
      report({ path: nullMx.file.path, span, args: { count: others.length }, fixes: [fix] });
    }
  },
};
