import type { ModelRule } from '../rule';
import type { NginxConfig, NginxDirective } from '../../nginx/model';
import { expandIncludes } from '../../nginx/model';
import { allowedIn } from '../../nginx/directives';
import { DATA_BLOCKS, MAX_PROBLEMS_PER_FILE } from '../../nginx/parser';

/** nginx refuses to start when a directive sits where its module does not allow it ("is not allowed here"). */
export const nginxDirectiveContext: ModelRule<NginxConfig> = {
  id: 'nginx/directive-context',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'nginx.org/en/docs/dirindex.html',
  check(config, report) {
    let reported = 0;
    const visit = (list: readonly NginxDirective[]) => {
      for (const directive of expandIncludes(list)) {
        if (reported >= MAX_PROBLEMS_PER_FILE) return;
        if (allowedIn(directive.name, directive.context) === false) {
          report({ path: directive.path, span: directive.nameSpan, args: { name: directive.name, context: directive.context } });
          reported++;
        }
        if (directive.block && !directive.opaque && !DATA_BLOCKS.has(directive.name)) visit(directive.block);
      }
    };
    visit(config.main.directives);
  },
};
