import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { SourceFile } from '../../text/source';
import type { ReportedRule } from '../rule';
import { layoutQuotedPieces, splitCharacterString } from './txt-split';

/** Reported by the parser, which sees the comment start right after unquoted TXT data. */
export const txtUnquotedSemicolon: ReportedRule = {
  id: 'zone/txt-unquoted-semicolon',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1035 §5.1',
  fixable: true,
  reportedBy: 'parser',
};

/**
 * Quotes what the user wrote from `valueStart` (the first rdata token of the TXT record) to the end of the
 * line, the `;` part included, as the value they meant. A value over 255 octets becomes several strings.
 * Undefined when the line holds a quote or a parenthesis: then the intent is not clear enough to rewrite.
 */
export function quoteTxtFix(file: SourceFile, valueStart: number, locale = 'en'): Fix | undefined {
  const line = file.positionAt(valueStart).line;
  const lineEnd = file.lineEnd(line);
  const value = file.text.slice(valueStart, lineEnd).trimEnd();
  if (value === '' || /["()]/.test(value) || value.endsWith('\\')) return undefined;
  const span = { start: valueStart, end: valueStart + value.length };
  const pieces = splitCharacterString(value);
  return {
    title: ruleMessage(txtUnquotedSemicolon.id, 'fix-quote', {}, locale),
    edits: [{ path: file.path, range: file.rangeOf(span), newText: layoutQuotedPieces(pieces, file, valueStart, false) }],
    preferred: true,
  };
}
