import type { EngineDiagnostic } from '../diagnostics';
import { registerLanguage, type LanguageService } from '../languages';
import { runRules, toDiagnostic } from '../lint';
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

const rules = [...zoneRules, ...mailRules].filter((rule) => rule.language === 'zone');

export const zoneLanguage: LanguageService<Zone> = {
  language: 'zone',
  parse(file: SourceFile, env: RuleEnv): Zone {
    return parseZone(file, { reader: env.workspace.reader });
  },
  lint(zone: Zone, file: SourceFile, env: RuleEnv): EngineDiagnostic[] {
    const lookup = (path: string) => zone.files.find((f) => f.path === path);
    const out: EngineDiagnostic[] = [];
    for (const problem of zone.problems) {
      const d = toDiagnostic(
        {
          rule: problem.rule,
          path: problem.file.path,
          span: problem.span,
          messageId: problem.messageId,
          args: problem.args,
          fixes: fixesFor(problem, zone, env),
          severity: problem.severity,
        },
        env,
        lookup,
        file,
      );
      if (d) out.push(d);
    }
    out.push(...runRules(rules, zone, env, lookup, file));
    return out;
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

function fixesFor(problem: ParseProblem, zone: Zone, env: RuleEnv): Fix[] | undefined {
  const rule = ruleById(problem.rule);
  return rule && isReportedRule(rule) && rule.fixes ? rule.fixes(problem, zone, env) : undefined;
}

registerLanguage(zoneLanguage);
