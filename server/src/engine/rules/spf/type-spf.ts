import { phrase } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ZoneRule } from '../rule';
import { deleteRecordEdits } from '../../mail/spf/edits';
import { spfTxtRecordsAt } from '../../mail/spf/records';
import { recordsByType } from '../../mail/tags/mail-records';

/**
 * RFC 7208 §3.1 (and §14.1) retired the SPF RR type 99: receivers only read TXT. A type-99 record next
 * to an identical TXT one is dead weight; alone, it means the domain publishes no SPF at all.
 */
export const spfTypeSpf: ZoneRule = {
  id: 'spf/type-spf',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §3.1',
  fixable: true,
  check(zone, report, env) {
    for (const record of recordsByType(zone, 'SPF')) {
      const value = record.txt?.value.value;
      const txt = spfTxtRecordsAt(zone, record.owner.fqdn);
      const twin = txt.some((info) => info.value.value === value);
      const locale = env.settings.locale;
      const fixes: Fix[] = [];
      const remove = { title: phrase('spf.fix.removeTypeSpf', {}, locale), edits: deleteRecordEdits(zone, record) };
      if (txt.length > 0) fixes.push({ ...remove, preferred: twin });
      else fixes.push({ title: phrase('spf.fix.convertToTxt', {}, locale), edits: [{ path: record.file.path, range: record.file.rangeOf(record.typeSpan), newText: 'TXT' }], preferred: true });
      const messageId = twin ? 'withTwin' : txt.length > 0 ? 'differs' : 'alone';
      const path = record.file === zone.file ? {} : { path: record.file.path };
      report({ span: record.typeSpan, ...path, messageId, severity: txt.length > 0 ? 'warning' : 'error', fixes });
    }
  },
};
