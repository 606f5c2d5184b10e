import type { DocumentLink, Location } from 'vscode-languageserver-types';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { certificatePath } from './certificates';
import { hasGlob } from './config';
import { locate } from './locate';
import type { NginxConfig, NginxDirective } from './model';
import { walkDirectives } from './model';

const FILE_ARGUMENTS = new Set(['include', 'ssl_certificate', 'ssl_certificate_key', 'ssl_dhparam', 'ssl_trusted_certificate', 'ssl_client_certificate']);

export function pathToUri(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  const withRoot = normalized.startsWith('/') ? normalized : `/${normalized}`;
  return `file://${encodeURI(withRoot).replace(/[?#]/g, (c) => encodeURIComponent(c))}`;
}

/** Links on the file arguments of the checked file (include targets, certificates, keys, DH parameters). */
export function nginxLinks(config: NginxConfig, file: SourceFile, _env: RuleEnv): DocumentLink[] {
  const out: DocumentLink[] = [];
  walkDirectives(config.main.directives, (d) => {
    if (d.path !== file.path || !FILE_ARGUMENTS.has(d.name) || d.args.length !== 1) return;
    const arg = d.args[0]!;
    if (hasGlob(arg.value)) return;
    const target = certificatePath(arg.value, config.prefix);
    if (target) out.push({ range: file.rangeOf(arg.span), target: pathToUri(target) });
  });
  return out;
}

/** Go to definition on an `include` argument: the files it includes. */
export function nginxDefinition(config: NginxConfig, _file: SourceFile, offset: number, _env: RuleEnv): Location[] {
  const found = locate(config, offset);
  const directive: NginxDirective | undefined = found?.directive;
  if (!directive || directive.name !== 'include' || !found?.arg) return [];
  const zero = { line: 0, character: 0 };
  return (directive.includedPaths ?? []).map((path) => ({ uri: pathToUri(path), range: { start: zero, end: zero } }));
}
