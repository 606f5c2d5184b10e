import type { ModelRule } from '../rule';
import type { NginxConfig } from '../../nginx/model';
import { cipherTargets } from './cipher-target';

/**
 * OpenSSL silently skips cipher-string words it does not know and elements that select nothing, so a typo
 * (`ECDHE-RSA-AES128-GCM-SHA265`) or a TLS 1.3 name (set by `ssl_conf_command Ciphersuites`) changes nothing.
 */
export const nginxCipherUnknownName: ModelRule<NginxConfig> = {
  id: 'nginx/cipher-unknown-name',
  language: 'nginx',
  defaultSeverity: 'warning',
  source: 'OpenSSL 3.0 openssl-ciphers(1)',
  check(config, report, env) {
    for (const target of cipherTargets(config, env)) {
      if (target.isDefault) continue;
      const { real, intent } = target.analysis;
      for (const element of intent.elements) {
        const known = element.known;
        const realElement = real.elements.find((e) => e.start === element.start);
        const selectsNothing = element.op === 'add' && known && realElement !== undefined && realElement.known && realElement.selected === 0;
        if (known && !selectsNothing) continue;
        const span = { start: target.span.start + offsetInArg(target, element.start), end: target.span.start + offsetInArg(target, element.end) };
        const messageId = !known ? (/^TLS_/.test(element.text.replace(/^[!+-]/, '')) ? 'tls13' : 'unknown') : 'nothing';
        report({ path: target.path, span, messageId, args: { name: element.text } });
      }
    }
  },
};

/** Offsets in the cipher string map into the argument after its opening quote, if any. */
function offsetInArg(target: { span: { start: number; end: number }; analysis: { text: string } }, offset: number): number {
  const width = target.span.end - target.span.start;
  const quoted = width === target.analysis.text.length + 2;
  return offset + (quoted ? 1 : 0);
}
