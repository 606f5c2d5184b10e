import type { NginxDirective } from './model';
import { childrenNamed } from './model';
import type { TlsServer } from './tls-settings';

/** The `add_header` directives that apply at server level: its own, or (only if it has none) the enclosing block's. */
export function effectiveHeaders(server: TlsServer): readonly NginxDirective[] {
  const own = childrenNamed(server.body, 'add_header');
  if (own.length > 0) return own;
  const inherited = server.lookup('add_header');
  if (!inherited?.directive) return [];
  const parentList = inherited.directive.parent?.block;
  return parentList ? childrenNamed(parentList, 'add_header') : [inherited.directive];
}

export function isHsts(directive: NginxDirective): boolean {
  return directive.args[0]?.value.toLowerCase() === 'strict-transport-security';
}

export function hstsMaxAge(directive: NginxDirective): number | undefined {
  const match = /max-age\s*=\s*"?(\d+)/i.exec(directive.args[1]?.value ?? '');
  return match ? Number(match[1]) : undefined;
}
