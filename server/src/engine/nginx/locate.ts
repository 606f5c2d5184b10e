import type { NginxArg, NginxConfig, NginxDirective } from './model';

export interface Located {
  directive: NginxDirective;
  /** The argument under the offset; undefined when the offset is on the name. */
  arg?: NginxArg;
  argIndex?: number;
}

/** The directive (and argument) of the checked file under `offset`, innermost first. */
export function locate(config: NginxConfig, offset: number): Located | undefined {
  const visit = (list: readonly NginxDirective[]): Located | undefined => {
    for (const directive of list) {
      if (offset < directive.span.start || offset > directive.span.end) continue;
      if (directive.block && !directive.opaque) {
        const inner = visit(directive.block);
        if (inner) return inner;
      }
      if (offset >= directive.nameSpan.start && offset <= directive.nameSpan.end) return { directive };
      const argIndex = directive.args.findIndex((a) => offset >= a.span.start && offset <= a.span.end);
      if (argIndex >= 0) return { directive, arg: directive.args[argIndex], argIndex };
    }
    return undefined;
  };
  return visit(config.main.directives);
}

/** The context (e.g. `http/server`) that a new directive written at `offset` would be in. */
export function contextAt(config: NginxConfig, offset: number): string {
  let context = config.rootContext;
  const visit = (list: readonly NginxDirective[]) => {
    for (const directive of list) {
      if (!directive.block || directive.opaque || directive.openBrace === undefined) continue;
      const end = directive.closeBrace ?? directive.span.end;
      if (offset > directive.openBrace && offset <= end) {
        context = directive.block[0]?.context ?? `${directive.context === 'main' ? '' : directive.context + '/'}${directive.name}`;
        visit(directive.block);
        return;
      }
    }
  };
  visit(config.main.directives);
  return context;
}
