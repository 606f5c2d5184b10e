import type { CatalogueSection } from '../types';

export const dkimRules: CatalogueSection = {
  'dkim/tag-syntax': {
    title: 'DKIM 密钥记录不是有效的标签列表',
    doc: 'DKIM 密钥记录是用 `;` 分隔的 `名称=值` 列表（RFC 6376 §3.2）。缺少 `=` 的片段、不以字母开头的名称或重复的名称都会使整条记录无效，验证方会把该选择器的所有签名视为失败。',
    messages: {
      default: 'DKIM 记录中的标签格式错误。',
      'missing-equals': 'DKIM 记录的这一部分没有“=”：每个标签都应写成 名称=值。',
      'empty-name': 'DKIM 记录中有一个没有标签名的值。',
      'bad-name': '标签名“{name}”无效：名称须以字母开头，只含字母、数字和“_”。',
      duplicate: '标签“{name}”出现了两次；含重复标签的 DKIM 记录无效。',
    },
  },
  'dkim/version-not-first': {
    title: 'DKIM 的 `v=` 不是第一个标签',
    doc: '`v=DKIM1` 可以省略，但若出现则必须是密钥记录的第一个标签（RFC 6376 §3.6.1）。`v=` 位置靠后的记录可能被验证方丢弃。',
    messages: { default: 'v=DKIM1 必须是 DKIM 记录的第一个标签。' },
  },
  'dkim/invalid-tag-value': {
    title: 'DKIM 标签的值不在标准定义之内',
    doc: 'RFC 6376 §3.6.1 规定了密钥记录各标签的取值：`v=DKIM1`，`k=rsa` 或 `k=ed25519`（RFC 8463），`h=` 为冒号分隔的 `sha256`（以及已废弃的 `sha1`），`s=` 为 `*` 或 `email`，`t=` 为 `y` 和/或 `s`。未知的 `v` 或 `k` 会使密钥不可用；未知的列表项会被忽略，这通常掩盖了拼写错误。',
    messages: {
      default: '“{value}”不是 {tag}= 的有效值（应为 {allowed}）。',
      empty: '{tag}= 为空（应为 {allowed}）。',
    },
  },
  'dkim/missing-key': {
    title: 'DKIM 记录缺少 `p=` 标签',
    doc: '`p=` 存放公钥，是 DKIM 密钥记录唯一的必需标签（RFC 6376 §3.6.1）。没有它，用该选择器做的签名都无法验证。若要有意吊销密钥，请保留 `p=` 并让其值为空。',
    messages: { default: '这条 DKIM 记录没有 p= 标签，因此不含密钥。' },
  },
  'dkim/invalid-base64': {
    title: 'DKIM 密钥不是有效的 base64',
    doc: '`p=` 的值是 base64 编码的公钥（RFC 6376 §3.6.1）；可以用空格折行，但任何其他字符、位置错误的 `=` 填充或被截断的长度都会使密钥无法读取。这通常是复制粘贴时丢失或多出了字符，或在多个字符串之间拆分不当造成的。',
    messages: {
      default: 'DKIM 密钥不是有效的 base64。',
      'bad-character': 'base64 密钥中不允许出现字符“{character}”。',
      'bad-padding': 'base64 密钥中的“=”填充位置错误。',
      'bad-length': 'base64 密钥长度不完整（缺少或多出了字符）。',
    },
  },
  'dkim/weak-key': {
    title: 'DKIM RSA 密钥太短',
    doc: 'RFC 8301 §3.2：验证方必须拒绝短于 1024 位的 RSA 密钥，签名方应使用至少 2048 位的密钥。这里显示的位数是从密钥本身读出的，而不是按字符数估算的。',
    messages: {
      default: '此 RSA 密钥为 {bits} 位；请使用至少 2048 位。',
      rejected: '此 RSA 密钥为 {bits} 位：验证方会拒绝短于 1024 位的密钥，用它做的签名都会失败。',
    },
  },
  'dkim/undecodable-key': {
    title: '无法读取 DKIM 密钥',
    doc: '`p=` 的值可以解码，但得到的不是验证方可用的公钥：RSA 密钥应为 DER 编码的 SubjectPublicKeyInfo（RFC 6376 §3.6.1），Ed25519 密钥应为 32 字节的裸密钥（RFC 8463 §4.2），且密钥类型必须与 `k=` 一致（缺省为 rsa）。',
    messages: {
      default: '无法解码 DKIM 密钥。',
      notDer: '该密钥不是 DER 编码的公钥。',
      unknownAlgorithm: '该密钥使用算法 {oid}，DKIM 不支持。',
      algorithmMismatch: 'k={declared}，但密钥是 {actual} 密钥。',
      ed25519Length: 'Ed25519 密钥应为 32 字节；此密钥为 {bytes} 字节。',
      ed25519Wrapped: 'RFC 8463 发布的是 32 字节的裸 Ed25519 密钥，而不是 SubjectPublicKeyInfo：部分验证方无法读取。',
    },
  },
  'dkim/sha1-hash': {
    title: 'DKIM 密钥允许使用 SHA-1',
    doc: 'RFC 8301 §3.1 禁止 rsa-sha1：签名方不得使用，验证方不得接受。只写 `h=sha1` 会使该密钥没有任何可被接受的哈希算法；请删除 `h=` 或设为 `h=sha256`。',
    messages: {
      default: 'DKIM 不应再使用 SHA-1；只列出 sha256。',
      only: 'h=sha1 只允许 SHA-1，而验证方会拒绝它：使用此密钥的签名都会失败。',
    },
  },
  'dkim/testing-mode': {
    title: 'DKIM 密钥处于测试模式',
    doc: '`t=y` 告诉验证方该域名正在测试 DKIM，验证方可能把签名失败的邮件当作未签名邮件处理（RFC 6376 §3.6.1）。签名正常后请删除它。',
    messages: { default: 't=y：此密钥被标记为测试，验证方可能忽略验证失败。' },
  },
  'dkim/revoked-key': {
    title: 'DKIM 密钥已吊销',
    doc: '空的 `p=` 表示密钥已被吊销（RFC 6376 §3.6.1）：用该选择器做的所有签名都会失败。这是停用选择器的正确做法；请确认已没有系统在用它签名。',
    messages: { default: 'p= 为空：此选择器的密钥已吊销，其签名都会失败。' },
  },
  'dkim/outside-domainkey': {
    title: 'DKIM 密钥没有发布在 `_domainkey` 下',
    doc: '验证方在 `<选择器>._domainkey.<域名>` 查询密钥（RFC 6376 §3.6.2.1），发布在其他位置的密钥永远不会被找到。这通常是因为 DNS 面板只需要填写选择器部分，或漏写了 `._domainkey` 标签。',
    messages: { default: '这看起来是 DKIM 密钥，但 {owner} 不在 _domainkey 下，验证方找不到它。' },
  },
  'dkim/private-key-published': {
    title: 'DKIM 私钥被发布到了 DNS',
    doc: '`p=` 的值是私钥（PKCS#1 RSAPrivateKey 或 PKCS#8），而不是公钥。任何读到这条记录的人都能以该域名签名邮件，验证方也无法使用它。这通常是粘贴新密钥对时选错了文件。请把该密钥视为已泄露：生成新的密钥对，在新的选择器下发布其公钥，并删除这条记录（RFC 6376 §3.6.1、§8.4）。',
    messages: { default: '这是 {format} 私钥，而不是公钥：现在任何人都能以该域名签名邮件。请更换密钥对。' },
  },
  'dkim/key-too-large': {
    title: 'DKIM RSA 密钥超出验证方必须支持的长度',
    doc: 'RFC 8301 §3.2 只要求验证方支持 1024 到 4096 位的 RSA 密钥。更长的密钥不保证能被验证，其记录也会使 DNS 应答变得很大。通常使用 2048 位，最多 4096 位。',
    messages: { default: '此 RSA 密钥为 {bits} 位：验证方只需支持到 {limit} 位，部分验证方将无法验证它。' },
  },
  'dkim/multiple-records': {
    title: '同一选择器下有多条 DKIM 记录',
    doc: '一个选择器只应发布一条密钥记录。有多条 TXT 记录时，验证方会挑选一条能解析的（RFC 6376 §3.6.2.2），结果取决于解析器返回记录的顺序。新密钥请使用新的选择器。',
    messages: { default: '{owner} 有 {count} 条 TXT 记录；一个 DKIM 选择器只应有一条。' },
  },
};
