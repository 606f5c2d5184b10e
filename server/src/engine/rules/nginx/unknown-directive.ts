import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { directivesNamed, hasOpaqueBlock, statementsOf } from '../../nginx/model';
import { isKnownDirective } from '../../nginx/directives';
import { MAX_PROBLEMS_PER_FILE } from '../../nginx/parser';

/** A directive nginx's documentation does not know: a typo, or a third-party module that must be loaded. */
export const nginxUnknownDirective: ModelRule<NginxConfig> = {
  id: 'nginx/unknown-directive',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'nginx.org/en/docs/dirindex.html',
  check(config, report) {
    const top = config.main.directives;
    // `load_module` (or a Lua block) means directives from outside nginx's documentation are expected.
    if (directivesNamed(top, 'load_module').length > 0 || hasOpaqueBlock(top)) return;
    let reported = 0;
    for (const directive of statementsOf(top)) {
      if (reported >= MAX_PROBLEMS_PER_FILE) break;
      if (!isKnownDirective(directive.name)) {
        report({ path: directive.path, span: directive.nameSpan, args: { name: directive.name } });
        reported++;
      }
    }
  },
};
