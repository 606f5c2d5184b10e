import { phrase } from '../../catalog/catalogue';
import type { ZoneRule } from '../rule';
import { MECHANISM_NAMES, type SpfModifier } from '../../mail/spf/ast';
import { locate, valueEdit } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere } from '../../mail/tags/mail-records';
import { editDistance } from '../../mail/spf/typos';

/**
 * Unknown modifiers are legal and ignored (RFC 7208 §6), which hides typos: `include=x` is not an include,
 * `redirct=x` is not a redirect. Reported when the name is a mechanism's or one edit from a modifier's.
 */
export const spfSuspiciousModifier: ZoneRule = {
  id: 'spf/suspicious-modifier',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 7208 §6',
  fixable: true,
  check(zone, report, env) {
    for (const info of itemsWhere(zone, spfRecords, hasSuspiciousModifier)) {
      for (const term of info.parse.terms) {
        if (term.kind !== 'modifier' || term.known) continue;
        const fix = intended(term);
        if (!fix) continue;
        const written = info.parse.value.slice(term.range.start, term.range.end);
        const range = { start: term.name.range.start, end: term.value.range.start };
        const edit = valueEdit(info, range, fix.replacement);
        const fixes = edit ? [{ title: phrase('spf.fix.rewriteTerm', { from: written, to: fix.replacement + term.value.text }, env.settings.locale), edits: [edit], preferred: true }] : [];
        report({ ...locate(zone, info, term.range), messageId: fix.messageId, args: { term: written, name: term.name.text, suggestion: fix.replacement }, fixes });
      }
    }
  },
};

function intended(term: SpfModifier): { replacement: string; messageId: string } | undefined {
  const name = term.name.text.toLowerCase();
  if ((MECHANISM_NAMES as readonly string[]).includes(name)) return { replacement: `${name}:`, messageId: 'mechanism' };
  for (const modifier of ['redirect', 'exp']) {
    if (editDistance(name, modifier) <= (modifier.length > 3 ? 2 : 1) && name.length > 1) return { replacement: `${modifier}=`, messageId: 'typo' };
  }
  return undefined;
}

/** An unknown modifier that reads like a mechanism or a known modifier: a fact of the record alone. */
function hasSuspiciousModifier(info: SpfRecordInfo): boolean {
  return info.parse.terms.some((t) => t.kind === 'modifier' && !t.known && intended(t) !== undefined);
}
