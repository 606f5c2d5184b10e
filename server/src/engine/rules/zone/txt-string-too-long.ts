import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import { splitTxtEdits } from '../../mail/txt/split';
import type { ParseProblem, Zone, ZoneRecord } from '../../zone/model';
import type { ReportedRule, RuleEnv } from '../rule';

/**
 * Reported by the parser, which sees every character-string. The fix splits the record's over-long strings
 * with the mail area's splitter (SPF values at spaces, keys at the limit inside `( … )`).
 */
export const txtStringTooLong: ReportedRule = {
  id: 'zone/txt-string-too-long',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §3.3',
  fixable: true,
  reportedBy: 'parser',
  fixes(problem: ParseProblem, zone: Zone, env?: RuleEnv): Fix[] {
    const record = recordHolding(zone, problem);
    const fix = record && splitTxtFix(record, env?.settings.locale);
    return fix ? [fix] : [];
  },
};

/** Splits every character-string of the record that is over 255 octets; undefined when none is. */
export function splitTxtFix(record: ZoneRecord, locale = 'en'): Fix | undefined {
  const edits = splitTxtEdits(record);
  if (edits.length === 0) return undefined;
  return { title: ruleMessage(txtStringTooLong.id, 'fix-split', {}, locale), edits, preferred: true };
}

function recordHolding(zone: Zone, problem: ParseProblem): ZoneRecord | undefined {
  return zone.records.find(
    (record) => record.file === problem.file && record.txt?.strings.some((s) => s.span.start === problem.span.start),
  );
}
