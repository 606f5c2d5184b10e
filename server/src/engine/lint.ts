import type { EngineDiagnostic, Finding, Severity } from './diagnostics';
import { docUrlFor } from './diagnostics';
import { ruleMessage } from './catalog/catalogue';
import type { AnyRule, Report, RuleEnv } from './rules/rule';
import type { SourceFile } from './text/source';
import { ruleById } from './rules/registry';

/**
 * Runs `rules` over `model` and turns their findings into diagnostics: severity from the settings,
 * words from the catalogue, ranges in the file each finding is in. A rule that throws yields one
 * core/internal-error diagnostic and the other rules still run.
 */
export function runRules<M>(
  rules: readonly AnyRule[],
  model: M,
  env: RuleEnv,
  files: FileLookup,
  mainFile: SourceFile,
): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const rule of rules) {
    if ('reportedBy' in rule) continue;
    if (env.settings.rules[rule.id] === 'off') continue;
    const report: Report = (finding) => {
      const diagnostic = toDiagnostic({ ...finding, rule: finding.rule ?? rule.id }, env, files, mainFile);
      if (diagnostic) out.push(diagnostic);
    };
    try {
      (rule.check as (model: M, report: Report, env: RuleEnv) => void)(model, report, env);
    } catch (error) {
      out.push(internalError(rule.id, error, env, mainFile));
    }
  }
  return out;
}

export type FileLookup = (path: string) => SourceFile | undefined;

export function toDiagnostic(
  finding: Finding,
  env: RuleEnv,
  files: FileLookup,
  mainFile: SourceFile,
): EngineDiagnostic | undefined {
  const severity = effectiveSeverity(finding.rule, finding.severity, env);
  if (!severity) return undefined;
  const file = (finding.path && files(finding.path)) || mainFile;
  const diagnostic: EngineDiagnostic = {
    rule: finding.rule,
    severity,
    message: ruleMessage(finding.rule, finding.messageId, finding.args, env.settings.locale),
    path: file.path,
    range: file.rangeOf(finding.span),
    fixes: finding.fixes ?? [],
    docUrl: docUrlFor(finding.rule),
  };
  if (finding.tags) diagnostic.tags = finding.tags;
  return diagnostic;
}

export function effectiveSeverity(ruleId: string, findingSeverity: Severity | undefined, env: RuleEnv): Severity | undefined {
  const configured = env.settings.rules[ruleId];
  if (configured === 'off') return undefined;
  if (configured) return configured;
  return findingSeverity ?? ruleById(ruleId)?.defaultSeverity ?? 'error';
}

export function internalError(ruleId: string, error: unknown, env: RuleEnv, mainFile: SourceFile): EngineDiagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    rule: 'core/internal-error',
    severity: 'error',
    message: ruleMessage('core/internal-error', undefined, { rule: ruleId, error: message }, env.settings.locale),
    path: mainFile.path,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
    docUrl: docUrlFor('core/internal-error'),
  };
}

export function sortDiagnostics(list: EngineDiagnostic[]): EngineDiagnostic[] {
  return list.sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.range.end.line - b.range.end.line ||
      a.range.end.character - b.range.end.character ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      // Same rule at the same place (records a $GENERATE made): the order must not depend on how they were found.
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
