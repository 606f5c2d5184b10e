import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { mxOwners } from '../../mail/tags/mx-owners';
import { deleteRecords } from '../../mail/tags/edits';

/** A null MX (`MX 0 .`) says the domain takes no mail; it must be the only MX at its name (RFC 7505 §3). */
export const mxNullMxNotAlone: ZoneRule = {
  id: 'mx/null-mx-not-alone',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7505 §3',
  fixable: true,
  check(zone, report, env) {
    for (const { nullMx, exchanges: others } of mxOwners(zone)) {
      if (!nullMx || others.length === 0) continue;
      const fix = { title: phrase('mx.fix.removeOtherMx', { count: others.length }, env.settings.locale), edits: deleteRecords(zone, others) };
      const span = nullMx.typed?.type === 'MX' ? nullMx.typed.exchange.span : nullMx.rdataSpan;
      report({ path: nullMx.file.path, span, args: { count: others.length }, fixes: [fix] });
    }
  },
};
