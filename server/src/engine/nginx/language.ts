import type { EngineDiagnostic } from '../diagnostics';
import { registerLanguage, type LanguageService } from '../languages';
import { runRules, toDiagnostic } from '../lint';
import { nginxRules } from '../rules/nginx/index';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { loadNginxConfig } from './config';
import { nginxCompletions } from './completion';
import { nginxDefinition, nginxLinks } from './links';
import { nginxFolding, nginxSymbols } from './symbols';
import { nginxFormat } from './format';
import { nginxHover } from './hover';
import type { NginxConfig } from './model';

const rules = nginxRules.filter((rule) => rule.language === 'nginx');

export const nginxLanguage: LanguageService<NginxConfig> = {
  language: 'nginx',
  parse(file: SourceFile, env: RuleEnv): NginxConfig {
    return loadNginxConfig(file, env.workspace.reader);
  },
  lint(config: NginxConfig, file: SourceFile, env: RuleEnv): EngineDiagnostic[] {
    const lookup = (path: string) => config.files.get(path)?.source;
    const out: EngineDiagnostic[] = [];
    for (const problem of config.problems) {
      const d = toDiagnostic({ rule: problem.rule, path: problem.path, span: problem.span, messageId: problem.messageId, args: problem.args }, env, lookup, file);
      if (d) out.push(d);
    }
    out.push(...runRules(rules, config, env, lookup, file));
    return dedupe(out);
  },
  hover: nginxHover,
  complete: nginxCompletions,
  symbols: nginxSymbols,
  folding: nginxFolding,
  format: nginxFormat,
  definition: nginxDefinition,
  links: nginxLinks,
};

/** A file included twice (a snippet in several servers) would otherwise report the same thing twice. */
function dedupe(list: EngineDiagnostic[]): EngineDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.path}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.rule}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

registerLanguage(nginxLanguage);
