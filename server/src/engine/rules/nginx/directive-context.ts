import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { statementsOf } from '../../nginx/model';
import { allowedIn } from '../../nginx/directives';
import { MAX_PROBLEMS_PER_FILE } from '../../nginx/parser';

/** nginx refuses to start when a directive sits where its module does not allow it ("is not allowed here"). */
export const nginxDirectiveContext: ModelRule<NginxConfig> = {
  id: 'nginx/directive-context',
  language: 'nginx',
  defaultSeverity: 'error',
  source: 'nginx.org/en/docs/dirindex.html',
  check(config, report) {
    let reported = 0;
    for (const directive of statementsOf(config.main.directives)) {
      if (reported >= MAX_PROBLEMS_PER_FILE) break;
      if (allowedIn(directive.name, directive.context) === false) {
        report({ path: directive.path, span: directive.nameSpan, args: { name: directive.name, context: directive.context } });
        reported++;
      }
    }
  },
};
