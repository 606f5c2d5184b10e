import type { CatalogueSection } from '../types';

export const nginxRules: CatalogueSection = {
  'nginx/syntax': {
    title: 'nginx syntax error',
    doc: 'The file does not follow nginx\'s configuration syntax: every simple directive ends with `;`, every block `{` has its `}`, and a quoted string must be closed. `nginx -t` rejects the file and nginx will not start or reload.',
    messages: {
      default: 'nginx syntax error.',
      'missing-semicolon': 'Missing `;` after the `{name}` directive.',
      'unexpected-semicolon': 'Unexpected `;`: there is no directive before it.',
      'unexpected-open': 'Unexpected `{`: a block needs a directive name before it.',
      'unexpected-close': 'Unexpected `}`: no block is open here.',
      'unclosed-block': 'The `{name}` block is not closed: a `}` is missing.',
      'unterminated-quote': 'This quoted string is never closed.',
      'after-quote': 'Unexpected `{char}` right after a quoted string: nginx needs a space, `;` or `{` there.',
    },
  },
  'nginx/include-not-found': {
    title: 'Included file not found',
    doc: '`include` names a file that cannot be read. Relative paths are resolved against the directory of the main configuration (nginx\'s conf prefix), not against the including file. A missing file (not a glob) stops nginx at start; a glob that matches nothing is fine.',
    messages: { default: '`{path}` cannot be read: nginx will not start without it.' },
  },
  'nginx/include-cycle': {
    title: 'Include cycle',
    doc: 'The file includes itself, directly or through other files. nginx would read the files again and again until it fails; MailZone stops at the first repetition and after 16 levels.',
    messages: { default: '`{path}` is already being included: this include makes a cycle.', 'too-deep': 'Includes are nested more than {depth} levels deep at `{path}`; MailZone stops reading here.', 'too-many': 'Includes expand to {count} files or repeat `{path}` too often (a glob that includes itself?); MailZone stops reading here.' },
  },
  'nginx/unknown-directive': {
    title: 'Unknown directive',
    doc: 'nginx\'s documentation has no directive of this name. It is either a typo, which makes `nginx -t` fail with "unknown directive", or a directive of a third-party module that must be loaded with `load_module`.',
    messages: { default: 'Unknown directive `{name}`.' },
  },
  'nginx/directive-context': {
    title: 'Directive not allowed here',
    doc: 'Each directive is allowed only in some blocks (its "context" in the nginx documentation). Elsewhere `nginx -t` fails with "directive is not allowed here". A file opened on its own (a `conf.d` or `sites-available` fragment) is read in the context it is evidently written for.',
    messages: { default: '`{name}` is not allowed in `{context}`.' },
  },
  'nginx/ssl-protocols': {
    title: 'Outdated TLS protocol versions',
    doc: 'SSLv2 and SSLv3 are broken (RFC 6176, RFC 7568); TLS 1.0 and 1.1 are deprecated (RFC 8996) and rejected by current browsers. TLS 1.2 must stay enabled for the clients that lack TLS 1.3. Before nginx 1.27.3 the default `ssl_protocols` still enables TLSv1 and TLSv1.1, so a server without the directive needs one. Fix: `ssl_protocols TLSv1.2 TLSv1.3;` (Mozilla intermediate).',
    messages: {
      default: 'Outdated TLS protocol versions are enabled.',
      broken: 'Broken protocol version(s) enabled: {protocols} (RFC 7568). Remove them.',
      deprecated: 'Deprecated protocol version(s) enabled: {protocols} (RFC 8996); current browsers refuse them.',
      'no-tls12': 'TLSv1.2 is not enabled: clients without TLS 1.3 cannot connect.',
      'nginx-default': 'No `ssl_protocols` here, and nginx {version}\'s default enables {protocols} (deprecated by RFC 8996).',
    },
  },
  'nginx/insecure-ciphers': {
    title: 'Insecure cipher suites requested',
    doc: 'The cipher string asks for suites without encryption (eNULL) or authentication (aNULL), or with RC4 (RFC 7465), DES/3DES/IDEA (64-bit blocks, Sweet32), MD5 or export-grade keys. MailZone evaluates the string the way OpenSSL does, so `HIGH:RC4` counts and `!RC4` does not; names that OpenSSL 3.0 no longer builds still show a wrong intent (and may work on another OpenSSL).',
    messages: { default: 'The cipher string enables {count} insecure suite(s): {suites}.' },
  },
  'nginx/static-rsa-ciphers': {
    title: 'Static RSA key exchange',
    doc: 'Suites with RSA key transport (`AES128-GCM-SHA256`, `AES256-SHA`, …) give no forward secrecy: whoever gets the private key later decrypts every recorded session (RFC 9325 §4.1). nginx\'s own default `HIGH:!aNULL:!MD5` still enables them. Fix: Mozilla\'s intermediate list.',
    messages: {
      default: '{count} suite(s) without forward secrecy (static RSA): {suites}.',
      'nginx-default': 'nginx\'s default cipher list `HIGH:!aNULL:!MD5` enables {count} static-RSA suite(s): {suites}.',
    },
  },
  'nginx/cbc-sha1-ciphers': {
    title: 'CBC suites with SHA-1',
    doc: 'CBC-mode suites with HMAC-SHA1 date from TLS 1.0: MAC-then-encrypt invites padding-oracle attacks (Lucky13) and RFC 9325 §4.2 recommends AEAD suites only. Modern clients never need them. nginx\'s default list enables them.',
    messages: {
      default: '{count} CBC suite(s) with SHA-1: {suites}.',
      'nginx-default': 'nginx\'s default cipher list `HIGH:!aNULL:!MD5` enables {count} CBC-SHA1 suite(s): {suites}.',
    },
  },
  'nginx/no-forward-secrecy': {
    title: 'No forward secrecy',
    doc: 'No TLS 1.2 suite of the list uses ephemeral (EC)DHE key exchange. Every session can be decrypted later with the server\'s private key (RFC 9325 §4.1).',
    messages: { default: 'None of the TLS 1.2 suites has forward secrecy.' },
  },
  'nginx/cipher-no-match': {
    title: 'Cipher string matches nothing',
    doc: 'OpenSSL rejects the cipher string: it selects no suite ("no cipher match"), or contains a command OpenSSL does not know (`@FOO`, a stray `!`). nginx passes the string to SSL_CTX_set_cipher_list and refuses to start when it fails.',
    messages: {
      default: 'OpenSSL rejects this cipher string: nginx will not start.',
      'no-match': 'No suite matches this cipher string ("no cipher match"): nginx will not start.',
      'invalid-command': 'OpenSSL cannot parse this cipher string (invalid command): nginx will not start.',
      'security-level': 'Every suite of this list is below OpenSSL security level {level}: no TLS 1.2 client can connect.',
    },
  },
  'nginx/cipher-unknown-name': {
    title: 'Cipher name that matches nothing',
    doc: 'OpenSSL silently ignores a word it does not know and an element that selects no suite. A typo in a suite name therefore removes that suite without any error. TLS 1.3 suites (`TLS_AES_128_GCM_SHA256`) are not set by `ssl_ciphers` but by `ssl_conf_command Ciphersuites`.',
    messages: {
      default: '`{name}` matches nothing.',
      unknown: 'OpenSSL does not know `{name}` and ignores it.',
      tls13: '`{name}` is a TLS 1.3 suite: `ssl_ciphers` ignores it (use `ssl_conf_command Ciphersuites`).',
      nothing: '`{name}` selects no suite of this OpenSSL and is ignored.',
    },
  },
  'nginx/certificate-missing': {
    title: 'Certificate missing',
    doc: 'A server that speaks TLS needs `ssl_certificate` and `ssl_certificate_key` (in the server or inherited). Without them every handshake fails ("no ssl_certificate is defined"). A certificate file that cannot be read stops nginx at start.',
    messages: {
      default: 'This TLS server has no `ssl_certificate`.',
      'no-key': 'No `ssl_certificate_key` for this certificate: nginx will not start.',
      unreadable: 'The certificate `{path}` cannot be read.',
      invalid: '`{path}` holds no PEM certificate.',
    },
  },
  'nginx/certificate-expiry': {
    title: 'Certificate expired or expiring',
    doc: 'Clients reject a certificate after its notAfter date (RFC 5280 §4.1.2.5). MailZone warns 30 days ahead so there is time to renew.',
    messages: {
      default: 'The certificate expires soon.',
      expired: 'The certificate expired on {date}.',
      expiring: 'The certificate expires on {date}, in {days} day(s).',
      'not-yet-valid': 'The certificate is not valid before {date}.',
    },
  },
  'nginx/certificate-name': {
    title: 'server_name not covered by the certificate',
    doc: 'Clients check the host name against the certificate\'s subjectAltName DNS names (RFC 6125 §6.4); a `*.` wildcard covers one label. A `server_name` the certificate does not name gets a certificate error.',
    messages: { default: '`{host}` is not covered by the certificate (it names {names}).' },
  },
  'nginx/certificate-key-type': {
    title: 'Certificate key type fits no cipher suite',
    doc: 'TLS 1.2 suites are tied to the certificate\'s key: `ECDHE-ECDSA-…` needs an ECDSA certificate, `ECDHE-RSA-…` an RSA one. When no suite fits any of the server\'s certificates, TLS 1.2 clients cannot connect (TLS 1.3 is not affected).',
    messages: { default: 'This {key} certificate fits none of the TLS 1.2 suites (they need {wanted}).' },
  },
  'nginx/dhparam-weak': {
    title: 'Weak DH parameters',
    doc: 'Finite-field Diffie-Hellman groups under 2048 bits are within reach of precomputation attacks (Logjam; RFC 9325 §4.5). OpenSSL 3.0 at its default security level 2 refuses them ("dh key too small"), so nginx does not start. Use 2048 bits or more (Mozilla: the RFC 7919 ffdhe2048 group), or drop DHE suites.',
    messages: { default: 'The DH parameters have {bits} bits: OpenSSL 3.0 (security level 2) refuses them and nginx will not start; use at least 2048.' },
  },
  'nginx/ecdh-curve-pq': {
    title: 'Post-quantum group this OpenSSL may lack',
    doc: 'Hybrid post-quantum groups such as `X25519MLKEM768` exist from OpenSSL 3.5 on. On an older OpenSSL (Debian 12 ships 3.0) an unknown group in `ssl_ecdh_curve` stops nginx at start. OpenSSL 3.5 accepts a `?` prefix to skip unknown groups.',
    messages: { default: '`{group}` needs OpenSSL 3.5 or later; on older OpenSSL nginx will not start.' },
  },
  'nginx/ssl-on': {
    title: '`ssl on` is obsolete',
    doc: '`ssl on;` is obsolete since nginx 1.15.0 and was removed in 1.25.1. It turns TLS on for every `listen` of the server, which breaks plain-HTTP listeners. Use the `ssl` parameter of `listen` instead.',
    messages: { default: '`ssl on` is obsolete: use `listen … ssl`.', removed: '`ssl` was removed in nginx 1.25.1: nginx {version} will not start. Use `listen … ssl`.' },
  },
  'nginx/listen-http2': {
    title: '`listen … http2` is deprecated',
    doc: 'Since nginx 1.25.1 the `http2` parameter of `listen` is deprecated (nginx logs a warning); the `http2 on;` directive replaces it.',
    messages: { default: 'The `http2` parameter of `listen` is deprecated: use `http2 on;`.' },
  },
  'nginx/stapling-letsencrypt': {
    title: 'OCSP stapling with a Let\'s Encrypt certificate',
    doc: 'Let\'s Encrypt ended its OCSP service in 2025; its certificates carry no OCSP URL. `ssl_stapling on` then only produces errors in the log. Turn it off for these certificates.',
    messages: { default: 'Let\'s Encrypt no longer runs OCSP: stapling cannot work with this certificate.' },
  },
  'nginx/hsts-missing': {
    title: 'No HSTS header',
    doc: 'Without Strict-Transport-Security a first visit over plain HTTP can be downgraded (RFC 6797 §14.6). Send it on every TLS site with `always`, with a max-age of at least one year (Mozilla: two years, 63072000).',
    messages: { default: 'This TLS server sends no Strict-Transport-Security header.', 'no-always': 'Without `always` the HSTS header is not sent with error responses (4xx, 5xx).', short: 'HSTS max-age {maxAge} is short; use at least {minimum} (one year).' },
  },
  'nginx/hsts-lost-in-location': {
    title: 'HSTS header lost in a location',
    doc: 'nginx inherits `add_header` only into blocks that define none. A `location` with any `add_header` of its own drops the server\'s Strict-Transport-Security header for its URLs. Repeat the header in that location (or use an `include` snippet).',
    messages: { default: '`location {location}` adds its own headers, so the server\'s HSTS header is not sent here.' },
  },
  'nginx/mail-implicit-tls': {
    title: 'Implicit-TLS mail port without ssl',
    doc: 'Ports 465 (submissions), 993 (IMAPS) and 995 (POP3S) speak TLS from the first byte (RFC 8314 §3.3). Without `ssl` on `listen`, nginx speaks plain text there and clients either fail or send passwords unencrypted.',
    messages: { default: 'Port {port} is an implicit-TLS port: add `ssl` to this `listen`.' },
  },
  'nginx/mail-starttls-off': {
    title: 'Mail port without STARTTLS',
    doc: 'Ports 587 (submission), 143 (IMAP) and 110 (POP3) upgrade to TLS with STARTTLS. With `starttls off` (nginx\'s default) passwords travel in clear text (RFC 8314 §3). Use `starttls only` (or `on`) with a certificate.',
    messages: { default: 'Port {port} with `starttls off`: passwords travel in clear text.', 'implicit-off': 'Port {port} without `starttls` (off by default): passwords travel in clear text.' },
  },
  'nginx/mail-protocol-port': {
    title: 'Mail protocol contradicts the port',
    doc: 'Each mail port has its protocol: SMTP on 25/465/587, IMAP on 143/993, POP3 on 110/995 (RFC 6186, RFC 8314). A `protocol` that differs from the port\'s makes every client of that port fail.',
    messages: { default: '`protocol {protocol}` on port {port}, which clients use for {expected}.' },
  },
};
