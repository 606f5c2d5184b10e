import type { Finding, Language, Severity } from '../diagnostics';
import type { ParseProblem, Zone } from '../zone/model';
import type { Fix } from '../diagnostics';
import type { WorkspaceIndex } from '../workspace';
import type { EngineSettings } from '../settings';

export type Report = (finding: Omit<Finding, 'rule'> & { rule?: string }) => void;

export interface RuleEnv {
  settings: EngineSettings;
  /** Other files of the workspace (zones by origin, policy files), for cross-file checks. */
  workspace: WorkspaceIndex;
}

export interface RuleMeta {
  /** `area/kebab-name`. Its words (title, doc, messages) live in the catalogue under the same id. */
  id: string;
  language: Language;
  defaultSeverity: Severity;
  /** The RFC section (or other source) the rule rests on, e.g. 'RFC 7208 §4.6.4'. */
  source?: string;
  /** Whether the rule offers fixes. */
  fixable?: boolean;
}

export interface ZoneRule extends RuleMeta {
  language: 'zone';
  check(zone: Zone, report: Report, env: RuleEnv): void;
}

/** A rule over another model (nginx config, MTA-STS policy file). */
export interface ModelRule<M> extends RuleMeta {
  check(model: M, report: Report, env: RuleEnv): void;
}

/** Rules that only reserve an id for findings produced elsewhere (the parser's problems). */
export interface ReportedRule extends RuleMeta {
  reportedBy: 'parser';
  /** Fixes for a problem the zone parser reported under this rule's id (e.g. quoting an unquoted TXT). */
  fixes?(problem: ParseProblem, zone: Zone, env: RuleEnv): Fix[];
}

export type AnyRule = ZoneRule | ModelRule<unknown> | ReportedRule;

export function isReportedRule(rule: AnyRule): rule is ReportedRule {
  return 'reportedBy' in rule;
}
