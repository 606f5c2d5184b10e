import type { CatalogueSection } from '../types';

export const nginxRules: CatalogueSection = {
  'nginx/syntax': {
    title: 'nginx 语法错误',
    doc: '文件不符合 nginx 配置语法：每条简单指令以 `;` 结尾，每个块的 `{` 都要有对应的 `}`，引号字符串必须闭合。`nginx -t` 会拒绝该文件，nginx 无法启动或重新加载。',
    messages: {
      default: 'nginx 语法错误。',
      'missing-semicolon': '指令 `{name}` 后缺少 `;`。',
      'unexpected-semicolon': '多余的 `;`：它前面没有指令。',
      'unexpected-open': '多余的 `{`：块前面需要一个指令名。',
      'unexpected-close': '多余的 `}`：此处没有打开的块。',
      'unclosed-block': '`{name}` 块没有闭合：缺少 `}`。',
      'unterminated-quote': '这个引号字符串没有闭合。',
      'after-quote': '引号字符串后紧跟着 `{char}`：nginx 要求此处是空格、`;` 或 `{`。',
    },
  },
  'nginx/include-not-found': {
    title: '找不到被包含的文件',
    doc: '`include` 指向的文件无法读取。相对路径以主配置文件所在目录（nginx 的配置前缀）为基准，而不是以包含它的文件为基准。缺失的文件（非通配符）会使 nginx 无法启动；不匹配任何文件的通配符则没有问题。',
    messages: { default: '无法读取 `{path}`：缺少它 nginx 将无法启动。' },
  },
  'nginx/include-cycle': {
    title: '循环包含',
    doc: '文件直接或通过其他文件包含了自身。nginx 会反复读取这些文件直到失败；MailZone 在第一次重复处以及超过 16 层时停止。',
    messages: { default: '`{path}` 已在包含链中：此处的 include 形成了循环。', 'too-deep': '在 `{path}` 处 include 嵌套超过 {depth} 层；MailZone 在此停止读取。', 'too-many': 'include 展开到 {count} 个文件，或过于频繁地重复包含 `{path}`（通配符包含了自身？）；MailZone 在此停止读取。' },
  },
  'nginx/unknown-directive': {
    title: '未知指令',
    doc: 'nginx 官方文档中没有这个名称的指令。它要么是拼写错误（`nginx -t` 会报 "unknown directive"），要么是第三方模块的指令，需要用 `load_module` 加载。',
    messages: { default: '未知指令 `{name}`。' },
  },
  'nginx/directive-context': {
    title: '指令不允许出现在此处',
    doc: '每条指令只能出现在特定的块中（nginx 文档中的 "Context"）。放在其他位置时 `nginx -t` 报 "directive is not allowed here"。单独打开的片段文件（`conf.d`、`sites-available` 中的文件）按其明显所属的上下文检查。',
    messages: { default: '`{name}` 不允许出现在 `{context}` 中。' },
  },
  'nginx/ssl-protocols': {
    title: '过时的 TLS 协议版本',
    doc: 'SSLv2 和 SSLv3 已被攻破（RFC 6176、RFC 7568）；TLS 1.0 和 1.1 已被弃用（RFC 8996），当前浏览器会拒绝。必须保留 TLS 1.2，供不支持 TLS 1.3 的客户端使用。nginx 1.27.3 之前默认的 `ssl_protocols` 仍启用 TLSv1 和 TLSv1.1，因此没有该指令的服务器需要显式设置。修复：`ssl_protocols TLSv1.2 TLSv1.3;`（Mozilla 中级配置）。',
    messages: {
      default: '启用了过时的 TLS 协议版本。',
      broken: '{protocols} 已被攻破（RFC 7568）：请移除。',
      deprecated: '{protocols} 已被弃用（RFC 8996），当前浏览器会拒绝。',
      'no-tls12': '未启用 TLSv1.2：不支持 TLS 1.3 的客户端无法连接。',
      'nginx-default': '此处没有 `ssl_protocols`，而 nginx {version} 的默认值启用了 {protocols}（已被 RFC 8996 弃用）。',
    },
  },
  'nginx/insecure-ciphers': {
    title: '请求了不安全的密码套件',
    doc: '密码字符串请求了无加密（eNULL）或无认证（aNULL）的套件，或使用 RC4（RFC 7465）、DES/3DES/IDEA（64 位分组，Sweet32）、MD5 或出口级密钥的套件。MailZone 按 OpenSSL 的方式计算字符串，所以 `HIGH:RC4` 会被计入而 `!RC4` 不会；OpenSSL 3.0 已不再编译的套件名称同样表明意图有误（在其他 OpenSSL 上可能生效）。',
    messages: { default: '密码字符串启用了 {count} 个不安全的套件：{suites}。' },
  },
  'nginx/static-rsa-ciphers': {
    title: '静态 RSA 密钥交换',
    doc: '使用 RSA 密钥传输的套件（`AES128-GCM-SHA256`、`AES256-SHA` 等）不提供前向保密：日后拿到私钥的人可以解密所有被记录的会话（RFC 9325 §4.1）。nginx 自身的默认值 `HIGH:!aNULL:!MD5` 仍会启用它们。修复：使用 Mozilla 中级列表。',
    messages: {
      default: '{count} 个套件没有前向保密（静态 RSA）：{suites}。',
      'nginx-default': 'nginx 默认的密码列表 `HIGH:!aNULL:!MD5` 启用了 {count} 个静态 RSA 套件：{suites}。',
    },
  },
  'nginx/cbc-sha1-ciphers': {
    title: '使用 SHA-1 的 CBC 套件',
    doc: '使用 HMAC-SHA1 的 CBC 模式套件源自 TLS 1.0 时代：先 MAC 后加密容易遭受填充预言攻击（Lucky13），RFC 9325 §4.2 建议只使用 AEAD 套件。现代客户端从不需要它们，而 nginx 的默认列表会启用它们。',
    messages: {
      default: '{count} 个使用 SHA-1 的 CBC 套件：{suites}。',
      'nginx-default': 'nginx 默认的密码列表 `HIGH:!aNULL:!MD5` 启用了 {count} 个 CBC-SHA1 套件：{suites}。',
    },
  },
  'nginx/no-forward-secrecy': {
    title: '没有前向保密',
    doc: '列表中没有任何 TLS 1.2 套件使用临时 (EC)DHE 密钥交换。任何会话日后都可以用服务器私钥解密（RFC 9325 §4.1）。',
    messages: { default: '所有 TLS 1.2 套件都没有前向保密。' },
  },
  'nginx/cipher-no-match': {
    title: '密码字符串不匹配任何套件',
    doc: 'OpenSSL 拒绝该密码字符串：它没有选中任何套件（"no cipher match"），或包含 OpenSSL 不认识的命令（`@FOO`、孤立的 `!`）。nginx 把字符串交给 SSL_CTX_set_cipher_list，失败时拒绝启动。',
    messages: {
      default: 'OpenSSL 拒绝此密码字符串：nginx 将无法启动。',
      'no-match': '没有套件匹配此密码字符串（"no cipher match"）：nginx 将无法启动。',
      'invalid-command': 'OpenSSL 无法解析此密码字符串（无效命令）：nginx 将无法启动。',
      'security-level': '列表中的所有套件都低于 OpenSSL 安全级别 {level}：TLS 1.2 客户端无法连接。',
    },
  },
  'nginx/cipher-unknown-name': {
    title: '不匹配任何套件的密码名称',
    doc: 'OpenSSL 会静默忽略不认识的词以及没有选中任何套件的元素。因此套件名称的拼写错误会在没有任何报错的情况下去掉该套件。TLS 1.3 套件（`TLS_AES_128_GCM_SHA256`）不由 `ssl_ciphers` 设置，而由 `ssl_conf_command Ciphersuites` 设置。',
    messages: {
      default: '`{name}` 不匹配任何套件。',
      unknown: 'OpenSSL 不认识 `{name}`，会忽略它。',
      tls13: '`{name}` 是 TLS 1.3 套件：`ssl_ciphers` 会忽略它（请使用 `ssl_conf_command Ciphersuites`）。',
      nothing: '`{name}` 在此 OpenSSL 中没有选中任何套件，会被忽略。',
    },
  },
  'nginx/certificate-missing': {
    title: '缺少证书',
    doc: '使用 TLS 的服务器需要 `ssl_certificate` 和 `ssl_certificate_key`（在服务器内或继承而来）。缺少时每次握手都会失败（"no ssl_certificate is defined"）。无法读取的证书文件会使 nginx 无法启动。',
    messages: {
      default: '此 TLS 服务器没有 `ssl_certificate`。',
      'no-key': '此证书没有 `ssl_certificate_key`：nginx 将无法启动。',
      unreadable: '无法读取证书 `{path}`。',
      invalid: '`{path}` 中没有 PEM 证书。',
    },
  },
  'nginx/certificate-expiry': {
    title: '证书已过期或即将过期',
    doc: '超过 notAfter 日期后客户端会拒绝证书（RFC 5280 §4.1.2.5）。MailZone 提前 30 天提醒，以便有时间续期。',
    messages: {
      default: '证书即将过期。',
      expired: '证书已于 {date} 过期。',
      expiring: '证书将于 {date} 过期，还剩 {days} 天。',
      'not-yet-valid': '证书在 {date} 之前无效。',
    },
  },
  'nginx/certificate-name': {
    title: 'server_name 不在证书范围内',
    doc: '客户端会将主机名与证书的 subjectAltName DNS 名称进行比对（RFC 6125 §6.4）；`*.` 通配符只覆盖一级标签。证书未列出的 `server_name` 会导致证书错误。',
    messages: { default: '证书不包含 `{host}`（证书列出的是 {names}）。' },
  },
  'nginx/certificate-key-type': {
    title: '证书密钥类型与密码套件不符',
    doc: 'TLS 1.2 套件与证书的密钥类型绑定：`ECDHE-ECDSA-…` 需要 ECDSA 证书，`ECDHE-RSA-…` 需要 RSA 证书。若没有任何套件适合服务器的证书，TLS 1.2 客户端无法连接（TLS 1.3 不受影响）。',
    messages: { default: '这个 {key} 证书不适合任何 TLS 1.2 套件（它们需要 {wanted}）。' },
  },
  'nginx/dhparam-weak': {
    title: 'DH 参数过弱',
    doc: '小于 2048 位的有限域 Diffie-Hellman 群可被预计算攻击（Logjam；RFC 9325 §4.5）。OpenSSL 3.0 在默认安全级别 2 下会拒绝它们（"dh key too small"），nginx 因此无法启动。请使用 2048 位或以上（Mozilla：RFC 7919 的 ffdhe2048 群），或不使用 DHE 套件。',
    messages: { default: 'DH 参数只有 {bits} 位：OpenSSL 3.0（安全级别 2）会拒绝它们，nginx 将无法启动；请至少使用 2048 位。' },
  },
  'nginx/ecdh-curve-pq': {
    title: '此 OpenSSL 可能不支持的后量子密钥交换组',
    doc: '`X25519MLKEM768` 等混合后量子组从 OpenSSL 3.5 起才有。在较旧的 OpenSSL 上（Debian 12 附带 3.0），`ssl_ecdh_curve` 中的未知组会使 nginx 无法启动。OpenSSL 3.5 接受 `?` 前缀以跳过未知组。',
    messages: { default: '`{group}` 需要 OpenSSL 3.5 或更高版本；在较旧的 OpenSSL 上 nginx 将无法启动。' },
  },
  'nginx/ssl-on': {
    title: '`ssl on` 已过时',
    doc: '`ssl on;` 自 nginx 1.15.0 起过时，并在 1.25.1 中移除。它会为服务器的所有 `listen` 开启 TLS，从而破坏明文 HTTP 监听。请改用 `listen` 的 `ssl` 参数。',
    messages: { default: '`ssl on` 已过时：请使用 `listen … ssl`。', removed: '`ssl` 已在 nginx 1.25.1 中移除：nginx {version} 将无法启动。请使用 `listen … ssl`。' },
  },
  'nginx/listen-http2': {
    title: '`listen … http2` 已弃用',
    doc: '自 nginx 1.25.1 起，`listen` 的 `http2` 参数已弃用（nginx 会记录警告），由 `http2 on;` 指令取代。',
    messages: { default: '`listen` 的 `http2` 参数已弃用：请使用 `http2 on;`。' },
  },
  'nginx/stapling-letsencrypt': {
    title: "对 Let's Encrypt 证书启用 OCSP 装订",
    doc: "Let's Encrypt 已于 2025 年停止 OCSP 服务，其证书不再包含 OCSP 地址。此时 `ssl_stapling on` 只会在日志中产生错误。请对这些证书关闭它。",
    messages: { default: "Let's Encrypt 已不再提供 OCSP：此证书无法进行 OCSP 装订。" },
  },
  'nginx/hsts-missing': {
    title: '没有 HSTS 头',
    doc: '没有 Strict-Transport-Security 时，首次通过明文 HTTP 的访问可能被降级（RFC 6797 §14.6）。请在每个 TLS 站点上带 `always` 发送该头，max-age 至少一年（Mozilla：两年，63072000）。',
    messages: { default: '此 TLS 服务器没有发送 Strict-Transport-Security 头。', 'no-always': '没有 `always` 时，错误响应（4xx、5xx）不会带上 HSTS 头。', short: 'HSTS 的 max-age {maxAge} 太短；请至少使用 {minimum}（一年）。' },
  },
  'nginx/hsts-lost-in-location': {
    title: 'HSTS 头在 location 中丢失',
    doc: 'nginx 只会把 `add_header` 继承到自身没有定义任何 `add_header` 的块中。一个带有自己 `add_header` 的 `location` 会使服务器的 Strict-Transport-Security 头在这些 URL 上丢失。请在该 location 中重复该头（或使用 `include` 片段）。',
    messages: { default: '`location {location}` 添加了自己的响应头，因此这里不会发送服务器的 HSTS 头。' },
  },
  'nginx/mail-implicit-tls': {
    title: '隐式 TLS 邮件端口未启用 ssl',
    doc: '465（submissions）、993（IMAPS）和 995（POP3S）端口从第一个字节起就使用 TLS（RFC 8314 §3.3）。`listen` 上没有 `ssl` 时，nginx 在这些端口上使用明文，客户端要么失败，要么以明文发送密码。',
    messages: { default: '端口 {port} 是隐式 TLS 端口：请在此 `listen` 上添加 `ssl`。' },
  },
  'nginx/mail-starttls-off': {
    title: '邮件端口未启用 STARTTLS',
    doc: '587（submission）、143（IMAP）和 110（POP3）端口通过 STARTTLS 升级到 TLS。`starttls off`（nginx 的默认值）时密码以明文传输（RFC 8314 §3）。请配合证书使用 `starttls only`（或 `on`）。',
    messages: { default: '端口 {port} 设置了 `starttls off`：密码以明文传输。', 'implicit-off': '端口 {port} 没有 `starttls`（默认关闭）：密码以明文传输。' },
  },
  'nginx/mail-protocol-port': {
    title: '邮件协议与端口不符',
    doc: '每个邮件端口都有对应的协议：SMTP 使用 25/465/587，IMAP 使用 143/993，POP3 使用 110/995（RFC 6186、RFC 8314）。与端口不符的 `protocol` 会使该端口的所有客户端失败。',
    messages: { default: '端口 {port} 上设置了 `protocol {protocol}`，而客户端在此端口使用 {expected}。' },
  },
};
