import { ruleMessage } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ParseProblem } from '../../zone/model';
import type { ReportedRule, RuleEnv } from '../rule';

/** Reported by the parser at the end of a file whose last line has no line break; the fix adds one. */
export const noFinalNewline: ReportedRule = {
  id: 'zone/no-final-newline',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'BIND 9',
  fixable: true,
  reportedBy: 'parser',
  fixes(problem: ParseProblem, _zone, env?: RuleEnv): Fix[] {
    const file = problem.file;
    const end = { start: file.text.length, end: file.text.length };
    const newline = file.text.includes('\r\n') ? '\r\n' : '\n';
    return [
      {
        title: ruleMessage(noFinalNewline.id, 'fix-newline', {}, env?.settings.locale),
        edits: [{ path: file.path, range: file.rangeOf(end), newText: newline }],
        preferred: true,
      },
    ];
  },
};
