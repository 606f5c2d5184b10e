import type { Hover } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile } from '../text/source';
import { analyzeCiphers } from './cipher-analysis';
import { directiveInfoIn } from './directives';
import { locate } from './locate';
import type { NginxConfig, NginxDirective } from './model';
import { protocolLabel, rateSuite } from './openssl/suites';

/** Hover: directive documentation, the expanded cipher list of an `ssl_ciphers` value, a protocol's status. */
export function nginxHover(config: NginxConfig, file: SourceFile, offset: number, env: RuleEnv): Hover | undefined {
  const found = locate(config, offset);
  if (!found) return undefined;
  const locale = env.settings.locale;
  const { directive, arg } = found;
  let value: string | undefined;
  if (!arg) value = directiveDoc(directive, locale);
  else if (directive.name === 'ssl_ciphers' || directive.name === 'proxy_ssl_ciphers') value = cipherHover(arg.value, locale);
  else if (directive.name === 'ssl_protocols' || directive.name === 'proxy_ssl_protocols') value = protocolHover(arg.value, locale);
  if (!value) return undefined;
  const span = arg?.span ?? directive.nameSpan;
  return { contents: { kind: 'markdown', value }, range: file.rangeOf(span) };
}

function directiveDoc(directive: NginxDirective, locale: string): string | undefined {
  const info = directiveInfoIn(directive.name, directive.context);
  if (!info) return undefined;
  const lines = [`**${info.name}** (${info.module})`, '', ...info.syntax.map((s) => `\`${info.name}\` ${s.trim()}`)];
  if (info.default) lines.push('', `${phrase('nginx.hover.default', {}, locale)}: \`${info.name} ${info.default};\``);
  if (info.contexts.length) lines.push(`${phrase('nginx.hover.context', {}, locale)}: ${info.contexts.filter(Boolean).join(', ') || '*'}`);
  lines.push('', info.description.trim());
  return lines.join('\n');
}

function cipherHover(text: string, locale: string): string {
  const { real } = analyzeCiphers(text);
  if (!real.ok) return phrase('nginx.hover.ciphers.none', {}, locale);
  const rows = real.supported.map((suite) => {
    const rating = rateSuite(suite);
    return `| ${suite.name} | ${suite.iana} | ${protocolLabel(suite.minTls)} | ${phrase(`nginx.rating.${rating}`, {}, locale)} |`;
  });
  return [
    phrase('nginx.hover.ciphers.heading', { count: real.supported.length, level: real.securityLevel }, locale),
    '',
    `| OpenSSL | IANA | ${phrase('nginx.hover.ciphers.since', {}, locale)} | ${phrase('nginx.hover.ciphers.rating', {}, locale)} |`,
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

const PROTOCOL_STATUS: Record<string, string> = {
  SSLv2: 'broken',
  SSLv3: 'broken',
  TLSv1: 'deprecated',
  'TLSv1.1': 'deprecated',
  'TLSv1.2': 'current',
  'TLSv1.3': 'recommended',
};

function protocolHover(protocol: string, locale: string): string | undefined {
  const status = PROTOCOL_STATUS[protocol];
  return status ? `**${protocol}**: ${phrase(`nginx.protocol.${status}`, {}, locale)}` : undefined;
}
