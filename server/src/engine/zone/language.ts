import type { EngineDiagnostic } from '../diagnostics';
import { registerLanguage, type LanguageService } from '../languages';
import { runRules, toDiagnostic, type FileLookup } from '../lint';
import { zoneRules } from '../rules/zone/index';
import { mailRules } from '../rules/mail/index';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { zoneCompletionProviders, zoneHoverProviders } from './features';
import type { ParseProblem, Zone } from './model';
import type { Fix } from '../diagnostics';
import { ruleById } from '../rules/registry';
import { isReportedRule } from '../rules/rule';
import { parseZone } from './parser';
import { zoneDefinition } from './definition';
import { zoneFolding } from './folding';
import { formatZone } from './format';
import { zoneLinks } from './links';
import { zoneSymbols } from './symbols';

/** Every rule that checks a zone model. */
export const zoneModelRules = [...zoneRules, ...mailRules].filter((rule) => rule.language === 'zone');

export const zoneLanguage: LanguageService<Zone> = {
  language: 'zone',
  parse(file: SourceFile, env: RuleEnv): Zone {
    return parseZone(file, { reader: env.workspace.reader });
  },
  lint(zone: Zone, file: SourceFile, env: RuleEnv): EngineDiagnostic[] {
    const lookup = fileLookup(zone);
    return [...problemDiagnostics(zone.problems, zone, env, lookup, file), ...runRules(zoneModelRules, zone, env, lookup, file)];
  },
  hover(zone, _file, offset, env) {
    for (const provider of zoneHoverProviders) {
      const hover = provider(zone, offset, env);
      if (hover) return hover;
    }
    return undefined;
  },
  complete(zone, _file, offset, env) {
    return zoneCompletionProviders.flatMap((provider) => provider(zone, offset, env));
  },
  symbols: (zone) => zoneSymbols(zone),
  folding: (zone) => zoneFolding(zone),
  format: (zone) => formatZone(zone),
  definition: (zone, _file, offset, env) => zoneDefinition(zone, offset, env),
  links: (zone) => zoneLinks(zone),
};

/** The parser's problems as diagnostics of the rules that own them, with those rules' fixes. */
export function problemDiagnostics(problems: readonly ParseProblem[], zone: Zone, env: RuleEnv, lookup: FileLookup, file: SourceFile): EngineDiagnostic[] {
  const out: EngineDiagnostic[] = [];
  for (const problem of problems) {
    const finding = {
      rule: problem.rule,
      path: problem.file.path,
      span: problem.span,
      messageId: problem.messageId,
      args: problem.args,
      fixes: fixesFor(problem, zone, env),
      severity: problem.severity,
    };
    const d = toDiagnostic(finding, env, lookup, file);
    if (d) out.push(d);
  }
  return out;
}

export function fileLookup(zone: Zone): FileLookup {
  const byPath = new Map<string, SourceFile>();
  for (const f of zone.files) if (!byPath.has(f.path)) byPath.set(f.path, f);
  return (path) => byPath.get(path);
}

function fixesFor(problem: ParseProblem, zone: Zone, env: RuleEnv): Fix[] | undefined {
  const rule = ruleById(problem.rule);
  return rule && isReportedRule(rule) && rule.fixes ? rule.fixes(problem, zone, env) : undefined;
}

registerLanguage(zoneLanguage);
