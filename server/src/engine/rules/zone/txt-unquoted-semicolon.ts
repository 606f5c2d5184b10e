import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { SourceFile } from '../../text/source';
import type { ParseProblem, Zone } from '../../zone/model';
import type { ReportedRule, RuleEnv } from '../rule';
import { layoutQuotedPieces, splitCharacterString } from './txt-split';

/** Reported by the parser, which sees a comment glued to unquoted TXT data; the problem starts at that data. */
export const txtUnquotedSemicolon: ReportedRule = {
  id: 'zone/txt-unquoted-semicolon',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1035 §5.1',
  fixable: true,
  reportedBy: 'parser',
  fixes(problem: ParseProblem, _zone: Zone, env?: RuleEnv): Fix[] {
    const fix = quoteTxtFix(problem.file, problem.span.start, env?.settings.locale);
    return fix ? [fix] : [];
  },
};

/**
 * Quotes what the user wrote from `valueStart` (unquoted TXT data) to the end of the line, the `;` part
 * included, as the value they meant. A value over 255 octets becomes several strings in `( … )`.
 * Undefined when the line holds a quote or a parenthesis: then the intent is not clear enough to rewrite.
 */
export function quoteTxtFix(file: SourceFile, valueStart: number, locale = 'en'): Fix | undefined {
  const line = file.positionAt(valueStart).line;
  const value = file.text.slice(valueStart, file.lineEnd(line)).trimEnd();
  if (value === '' || /["()]/.test(value) || /(^|[^\\])(\\\\)*\\$/.test(value)) return undefined;
  const span = { start: valueStart, end: valueStart + value.length };
  const pieces = splitCharacterString(value);
  return {
    title: ruleMessage(txtUnquotedSemicolon.id, 'fix-quote', {}, locale),
    edits: [{ path: file.path, range: file.rangeOf(span), newText: layoutQuotedPieces(pieces, file, valueStart, false) }],
    preferred: true,
  };
}
