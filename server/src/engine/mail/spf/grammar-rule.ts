import { phrase } from '../../catalog/catalogue';
import type { Fix } from '../../diagnostics';
import type { ZoneRule } from '../../rules/rule';
import type { SpfProblem, SpfProblemCode } from './ast';
import { locate, replaced, valueEdit } from './edits';
import { problemsOf, spfRecords, type SpfRecordInfo } from './records';
import { itemsWhere } from '../tags/mail-records';

/**
 * The grammar rules differ only in which parser problems they report; each rule file calls this with
 * its id and code, so the reporting (ranges, suggested rewrites as fixes) is written once.
 */
export function grammarRule(meta: Omit<ZoneRule, 'check' | 'language'>, code: SpfProblemCode): ZoneRule {
  // One test per rule for its whole life: its answers are kept per record (see itemsWhere).
  const hasProblems = (info: SpfRecordInfo) => problemsOf(info, code).length > 0;
  return {
    ...meta,
    language: 'zone',
    check(zone, report, env) {
      for (const info of itemsWhere(zone, spfRecords, hasProblems)) {
        for (const problem of problemsOf(info, code)) {
          const term = info.parse.terms[problem.term];
          const fixes = suggestionFixes(info, problem, env.settings.locale);
          report({ ...locate(zone, info, problem.range, term?.range), messageId: problem.messageId, args: problem.args ?? {}, ...(fixes.length ? { fixes } : {}) });
        }
      }
    },
  };
}

function suggestionFixes(info: SpfRecordInfo, problem: SpfProblem, locale: string): Fix[] {
  const suggestion = problem.suggestion;
  const term = info.parse.terms[problem.term];
  if (!suggestion || !term) return [];
  const edit = valueEdit(info, suggestion.range, suggestion.text);
  if (!edit) return [];
  const termText = info.parse.value.slice(term.range.start, term.range.end);
  const relative = { start: suggestion.range.start - term.range.start, end: suggestion.range.end - term.range.start };
  const result = replaced(termText, relative, suggestion.text);
  return [{ title: phrase('spf.fix.rewriteTerm', { from: termText, to: result }, locale), edits: [edit], preferred: suggestion.preferred ?? false }];
}
