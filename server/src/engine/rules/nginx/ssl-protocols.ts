import type { Fix } from '../../diagnostics';
import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { argsSpan } from '../../nginx/model';
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
    for (const server of serversOf(config, env.settings.nginxVersion)) {
      if (!server.tls) continue;
      const { values, directive } = server.protocols;
      const broken = values.filter((v) => v === 'SSLv2' || v === 'SSLv3');
      const old = values.filter((v) => v === 'TLSv1' || v === 'TLSv1.1');
      const noTls12 = !values.includes('TLSv1.2');
      if (broken.length === 0 && old.length === 0 && !noTls12) continue;
      const messageId = broken.length > 0 ? 'broken' : old.length > 0 ? 'deprecated' : 'no-tls12';
      // TLS 1.3 alone is Mozilla's "modern" profile: a choice, not a mistake, but old clients are shut out.
      const modern = values.length === 1 && values[0] === 'TLSv1.3';
      const severity = broken.length > 0 ? 'error' : modern ? 'info' : 'warning';
      const fixTitle = phrase('nginx.fix.protocols', { protocols: MOZILLA_INTERMEDIATE_PROTOCOLS, version: MOZILLA_GUIDELINE }, env.settings.locale);
      if (directive) {
        const fixes: Fix[] = modern ? [] : [{ title: fixTitle, preferred: true, edits: [replaceSpan(config, directive.path, argsSpan(directive), MOZILLA_INTERMEDIATE_PROTOCOLS)] }];
        report({ path: directive.path, span: argsSpan(directive), messageId, severity, args: { protocols: [...broken, ...old].join(' ') }, fixes });
        continue;
      }
      const anchor = serverAnchor(server);
      if (!anchor || server.partial) continue;
      report({ ...anchor, messageId: 'nginx-default', args: { protocols: old.join(' '), version: env.settings.nginxVersion }, fixes: insertFix(config, server, fixTitle) });
    }
  },
};

function insertFix(config: NginxConfig, server: TlsServer, title: string): Fix[] {
  const edit = server.block && insertInBlock(config, server.block, `ssl_protocols ${MOZILLA_INTERMEDIATE_PROTOCOLS};`);
  return edit ? [{ title, preferred: true, edits: [edit] }] : [];
}
