import type { Fix, Severity } from '../../diagnostics';
import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { argsSpan, directivesNamed } from '../../nginx/model';
import { phrase } from '../../catalog/catalogue';
import { insertInBlock, replaceSpan } from '../../nginx/edits';
import { MOZILLA_INTERMEDIATE_PROTOCOLS, MOZILLA_GUIDELINE } from '../../nginx/cipher-analysis';
import { serverAnchor, serversOf, type TlsServer } from '../../nginx/tls-settings';

/** RFC 8996: TLS 1.0 and 1.1 are deprecated; SSLv2/SSLv3 are broken (RFC 6176, RFC 7568). */
export const nginxSslProtocols: ModelRule<NginxConfig> = {
  id: 'nginx/ssl-protocols',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'RFC 8996; RFC 7568',
  fixable: true,
  check(config, report, env) {
    const fixTitle = phrase('nginx.fix.protocols', { protocols: MOZILLA_INTERMEDIATE_PROTOCOLS, version: MOZILLA_GUIDELINE }, env.settings.locale);
    // A written `ssl_protocols` is judged where it stands, even before any server uses it (Debian's nginx.conf).
    for (const directive of directivesNamed(config.main.directives, 'ssl_protocols')) {
      if (directive.args.length === 0) continue;
      const verdict = judge(directive.args.map((a) => a.value));
      if (!verdict) continue;
      const fixes: Fix[] = verdict.modern ? [] : [{ title: fixTitle, preferred: true, edits: [replaceSpan(config, directive.path, argsSpan(directive), MOZILLA_INTERMEDIATE_PROTOCOLS)] }];
      report({ path: directive.path, span: argsSpan(directive), messageId: verdict.messageId, severity: verdict.severity, args: { protocols: verdict.named }, fixes });
    }
    // A TLS server without one gets nginx's default, which enabled TLSv1 and TLSv1.1 before 1.27.3.
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (!server.tls || server.protocols.directive || server.partial) continue;
      const old = server.protocols.values.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
      const anchor = serverAnchor(server);
      if (old.length === 0 || !anchor) continue;
      report({ ...anchor, messageId: 'nginx-default', args: { protocols: old.join(' '), version: env.settings.nginxVersion }, fixes: insertFix(config, server, fixTitle) });
    }
  },
};

interface Verdict {
  messageId: 'broken' | 'deprecated' | 'no-tls12';
  severity: Severity;
  named: string;
  modern: boolean;
}

function judge(values: string[]): Verdict | undefined {
  const broken = values.filter((v) => v === 'SSLv2' || v === 'SSLv3');
  const old = values.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
  const named = [...broken, ...old].join(' ');
  // TLS 1.3 alone is Mozilla's "modern" profile: a choice, not a mistake, but old clients are shut out.
  const modern = values.length === 1 && values[0] === 'TLSv1.3';
  if (broken.length > 0) return { messageId: 'broken', severity: 'error', named, modern };
  if (old.length > 0) return { messageId: 'deprecated', severity: 'warning', named, modern };
  if (!values.includes('TLSv1.2')) return { messageId: 'no-tls12', severity: modern ? 'info' : 'warning', named, modern };
  return undefined;
}

function insertFix(config: NginxConfig, server: TlsServer, title: string): Fix[] {
  const edit = server.block && insertInBlock(config, server.block, `ssl_protocols ${MOZILLA_INTERMEDIATE_PROTOCOLS};`);
  return edit ? [{ title, preferred: true, edits: [edit] }] : [];
}
