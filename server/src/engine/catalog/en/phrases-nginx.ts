import type { PhraseSection } from '../types';

/** Hover texts, completion details and fix titles of the nginx area. */
export const nginxPhrases: PhraseSection = {
  'nginx.fix.protocols': 'Use `ssl_protocols {protocols}` (Mozilla intermediate, guideline {version})',
  'nginx.fix.ciphers.intermediate': 'Use the Mozilla intermediate cipher list (guideline {version})',
  'nginx.fix.ciphers.modern': 'Use Mozilla modern (guideline {version}): TLS 1.3 only',
  'nginx.fix.ssl-on': 'Replace `ssl on` with `listen … ssl`',
  'nginx.fix.http2': 'Replace the `http2` listen parameter with `http2 on;`',
  'nginx.fix.hsts': 'Add a Strict-Transport-Security header (max-age={maxAge})',
  'nginx.fix.hsts-always': 'Add `always` so error responses carry the header too',
  'nginx.fix.hsts-location': 'Repeat the Strict-Transport-Security header in this location',
  'nginx.fix.mail-ssl': 'Add `ssl` to this listen',
  'nginx.hover.default': 'Default',
  'nginx.hover.context': 'Context',
  'nginx.hover.ciphers.none': 'OpenSSL rejects this cipher string: nginx will not start.',
  'nginx.hover.ciphers.heading': '**{count} TLS 1.2 suites** (OpenSSL 3.0, security level {level}), in the order the server prefers them:',
  'nginx.hover.ciphers.since': 'Since',
  'nginx.hover.ciphers.rating': 'Rating',
  'nginx.rating.recommended': 'recommended',
  'nginx.rating.acceptable': 'acceptable',
  'nginx.rating.weak': 'weak',
  'nginx.rating.insecure': 'insecure',
  'nginx.protocol.broken': 'broken (RFC 7568, RFC 6176): never enable.',
  'nginx.protocol.deprecated': 'deprecated (RFC 8996): current browsers refuse it.',
  'nginx.protocol.current': 'current: keep it for clients without TLS 1.3.',
  'nginx.protocol.recommended': 'recommended (RFC 8446).',
};
