import type { ReportedRule } from '../rule';

function reported(id: string, defaultSeverity: ReportedRule['defaultSeverity'], source: string): ReportedRule {
  return { id, language: 'zone', defaultSeverity, source, reportedBy: 'parser' };
}

/**
 * Ids of the problems the zone parser finds while reading the text. Their words are in the catalogue; the
 * parser emits them as ParseProblem. Problems that carry fixes (TXT strings, missing TTL, missing final
 * newline) have their own modules.
 */
export const parserReportedRules: ReportedRule[] = [
  reported('zone/syntax', 'error', 'RFC 1035 §5.1'),
  reported('zone/unclosed-paren', 'error', 'RFC 1035 §5.1'),
  reported('zone/nested-paren', 'error', 'RFC 1035 §5.1'),
  reported('zone/bad-rdata', 'error', 'RFC 1035 §3.3'),
  reported('zone/label-too-long', 'error', 'RFC 1035 §2.3.4'),
  reported('zone/name-too-long', 'error', 'RFC 1035 §2.3.4'),
  reported('zone/empty-label', 'error', 'RFC 1035 §3.1'),
  reported('zone/origin-not-absolute', 'error', 'RFC 1035 §5.1'),
  reported('zone/include-missing', 'error', 'RFC 1035 §5.1'),
  reported('zone/include-depth', 'error', 'RFC 1035 §5.1'),
  reported('zone/include-cycle', 'error', 'RFC 1035 §5.1'),
  reported('zone/bad-directive', 'error', 'RFC 1035 §5.1'),
  reported('zone/generate-range', 'error', 'BIND 9 $GENERATE'),
];
