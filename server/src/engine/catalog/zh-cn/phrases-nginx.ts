import type { PhraseSection } from '../types';

/** nginx 相关的悬停文本、补全说明和修复标题。 */
export const nginxPhrases: PhraseSection = {
  'nginx.fix.protocols': '使用 `ssl_protocols {protocols}`（Mozilla 中级配置，指南 {version}）',
  'nginx.fix.ciphers.intermediate': '使用 Mozilla 中级密码列表（指南 {version}）',
  'nginx.fix.ciphers.modern': '使用 Mozilla 现代配置（指南 {version}）：仅 TLS 1.3',
  'nginx.fix.ssl-on': '用 `listen … ssl` 替换 `ssl on`',
  'nginx.fix.http2': '用 `http2 on;` 替换 listen 的 `http2` 参数',
  'nginx.fix.hsts': '添加 Strict-Transport-Security 头（max-age={maxAge}）',
  'nginx.fix.hsts-always': '添加 `always`，使错误响应也带上该头',
  'nginx.fix.hsts-location': '在此 location 中重复 Strict-Transport-Security 头',
  'nginx.fix.mail-ssl': '为此 listen 添加 `ssl`',
  'nginx.hover.default': '默认值',
  'nginx.hover.context': '上下文',
  'nginx.hover.ciphers.none': 'OpenSSL 拒绝此密码字符串：nginx 将无法启动。',
  'nginx.hover.ciphers.heading': '**{count} 个 TLS 1.2 套件**（OpenSSL 3.0，安全级别 {level}），按服务器优先顺序排列：',
  'nginx.hover.ciphers.since': '起始版本',
  'nginx.hover.ciphers.rating': '评级',
  'nginx.rating.recommended': '推荐',
  'nginx.rating.acceptable': '可接受',
  'nginx.rating.weak': '弱',
  'nginx.rating.insecure': '不安全',
  'nginx.protocol.broken': '已被攻破（RFC 7568、RFC 6176）：切勿启用。',
  'nginx.protocol.deprecated': '已弃用（RFC 8996）：当前浏览器会拒绝。',
  'nginx.protocol.current': '现行：为不支持 TLS 1.3 的客户端保留。',
  'nginx.protocol.recommended': '推荐（RFC 8446）。',
};
