import type { ModelRule } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { expandIncludes } from '../../nginx/model';
import { isKnownDirective } from '../../nginx/directives';
import { DATA_BLOCKS, MAX_PROBLEMS_PER_FILE } from '../../nginx/parser';

/** A directive nginx's documentation does not know: a typo, or a third-party module that must be loaded. */
export const nginxUnknownDirective: ModelRule<NginxConfig> = {
  id: 'nginx/unknown-directive',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'nginx.org/en/docs/dirindex.html',
  check(config, report) {
    if (usesThirdPartyModules(config.main.directives)) return;
    let reported = 0;
    const visit = (list: readonly NginxDirective[]) => {
      for (const directive of expandIncludes(list)) {
        if (reported >= MAX_PROBLEMS_PER_FILE) return;
        if (!isKnownDirective(directive.name)) {
          report({ path: directive.path, span: directive.nameSpan, args: { name: directive.name } });
          reported++;
        }
        if (directive.block && !directive.opaque && !DATA_BLOCKS.has(directive.name)) visit(directive.block);
      }
    };
    visit(config.main.directives);
  },
};

/** `load_module` (or a Lua block) means directives from outside nginx's documentation are expected. */
function usesThirdPartyModules(list: readonly NginxDirective[]): boolean {
  let found = false;
  const visit = (items: readonly NginxDirective[]) => {
    for (const d of expandIncludes(items)) {
      if (d.name === 'load_module' || d.opaque) found = true;
      if (d.block && !found) visit(d.block);
    }
  };
  visit(list);
  return found;
}
