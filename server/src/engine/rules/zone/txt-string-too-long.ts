import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { TxtString, ZoneRecord } from '../../zone/model';
import type { ReportedRule } from '../rule';
import { layoutQuotedPieces, splitCharacterString } from './txt-split';

/** Reported by the parser, which sees every character-string; the fix below is attached to its finding. */
export const txtStringTooLong: ReportedRule = {
  id: 'zone/txt-string-too-long',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §3.3',
  fixable: true,
  reportedBy: 'parser',
};

/**
 * Replaces one over-long character-string of a TXT/SPF record by several of at most 255 octets, which
 * resolvers join back with nothing in between. Undefined when the string already fits.
 */
export function splitTxtStringFix(record: ZoneRecord, string: TxtString, locale = 'en'): Fix | undefined {
  const file = record.file;
  const raw = file.text.slice(string.span.start, string.span.end);
  const content = string.quoted ? raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined) : raw;
  const pieces = splitCharacterString(content);
  if (pieces.length < 2) return undefined;
  const insideParens = record.parens !== undefined && record.parens.start < string.span.start && string.span.start < record.parens.end;
  return {
    title: ruleMessage(txtStringTooLong.id, 'fix-split', {}, locale),
    edits: [{ path: file.path, range: file.rangeOf(string.span), newText: layoutQuotedPieces(pieces, file, string.span.start, insideParens) }],
    preferred: true,
  };
}
