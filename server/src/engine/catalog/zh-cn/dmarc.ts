import type { CatalogueSection } from '../types';

export const dmarcRules: CatalogueSection = {
  'dmarc/tag-syntax': {
    title: 'DMARC 记录不是有效的标签列表',
    doc: 'DMARC 记录是用 `;` 分隔的 `名称=值` 列表（RFC 9989 §4.7）。缺少 `=` 的片段或重复的标签会让接收方无所适从，很多接收方会丢弃整条记录。',
    messages: {
      default: 'DMARC 记录中的标签格式错误。',
      'missing-equals': 'DMARC 记录的这一部分没有“=”：每个标签都应写成 名称=值。',
      'empty-name': 'DMARC 记录中有一个没有标签名的值。',
      'bad-name': '标签名“{name}”无效：名称须以字母开头，只含字母、数字和“_”。',
      duplicate: '标签“{name}”在 DMARC 记录中出现了两次。',
    },
  },
  'dmarc/version-not-first': {
    title: 'DMARC 记录没有以 `v=DMARC1` 开头',
    doc: '只有以 `v=DMARC1`（必须在最前面且为大写）开头的 `_dmarc` TXT 记录才会被接收方使用（RFC 9989 §4.7）。否则该记录被忽略，就像域名没有 DMARC 策略一样。修复操作会把版本标签移到最前面。',
    messages: {
      default: '“{written}”必须是第一个标签：按现在的写法接收方会忽略这条记录。',
      exact: '“{written}”必须严格写成 v=DMARC1：按现在的写法接收方会忽略这条记录。',
      missing: '这条记录没有 v=DMARC1 标签：接收方会忽略它。它必须以 v=DMARC1 开头。',
      noSemicolon: '“{written}”：v=DMARC1 后面缺少“;”，后面的内容被当成版本的一部分，接收方因此忽略这条记录。',
    },
  },
  'dmarc/invalid-tag-value': {
    title: 'DMARC 标签的值无效',
    doc: 'RFC 9989 §4.7 规定了取值：`p`、`sp`、`np` 为 `none`、`quarantine` 或 `reject`；`adkim` 和 `aspf` 为 `r`（宽松）或 `s`（严格）；`fo` 为冒号分隔的 `0`、`1`、`d`、`s`；`t` 为 `y` 或 `n`；`psd` 为 `y`、`n` 或 `u`。`p` 无效时，域名没有任何被执行的策略。',
    messages: {
      default: '“{value}”不是 {tag}= 的有效值（应为 {allowed}）。',
      empty: '{tag}= 为空（应为 {allowed}）。',
    },
  },
  'dmarc/report-uri': {
    title: 'DMARC 报告地址不是可用的 URI',
    doc: '`rua=` 和 `ruf=` 的值是逗号分隔的 URI 列表，报告发送到 `mailto:` 地址（RFC 9989 §4.7）。没有 `mailto:` 的裸地址不是 URI，不会收到任何报告。RFC 7489 §6.2 中的 `!size` 大小限制已被 RFC 9989 删除。',
    messages: {
      default: '此报告地址不是有效的 URI。',
      noScheme: '“{uri}”缺少协议前缀：请写成 mailto:{uri}。',
      unsupportedScheme: '“{uri}”：DMARC 报告只发送到 mailto: 地址。',
      badAddress: '“{uri}”不是有效的 mailto: 地址。',
      sizeLimit: '“{uri}”：!size 后缀已过时（RFC 9989），接收方会忽略它。',
      empty: '{tag}= 中有空条目。',
    },
  },
  'dmarc/removed-tag': {
    title: '已被 RFC 9989 删除的 DMARC 标签',
    doc: 'RFC 9989（取代 RFC 7489）删除了三个标签。`pct`（只对一定比例的邮件执行策略）由 `t=y` 取代，表示策略处于测试阶段。`rf`（失败报告格式）被删除，因为只剩一种格式。`ri`（报告间隔）被删除，因为间隔由报告方决定，实际上是每天一次。遵循 RFC 9989 的接收方会忽略这些标签。',
    messages: {
      default: '此标签已被 RFC 9989 删除。',
      pct: 'pct={value} 已被 RFC 9989 删除：测试策略时使用 t=y，正式执行后无需任何标签。',
      rf: 'rf={value} 已被 RFC 9989 删除：失败报告现在只有一种格式。',
      ri: 'ri={value} 已被 RFC 9989 删除：报告间隔由报告方决定（实际上是每天）。',
    },
  },
  'dmarc/missing-policy': {
    title: 'DMARC 记录没有 `p=` 策略',
    doc: 'RFC 9989 §4.7 使 `p=` 成为可选项：没有 `p=` 但有有效 `rua=` 的记录视为 `p=none`。两者都没有的记录不起任何作用。仍按 RFC 7489 实现的接收方要求 `p=` 紧跟在 `v=` 之后，会丢弃没有它的记录，因此即使只是监控也请明确写出 `p=none`。',
    messages: {
      default: '没有 p= 也没有 rua=：这条 DMARC 记录没有任何要求，接收方会忽略它。',
      noPolicyWithReports: '没有 p=：RFC 9989 接收方视为 p=none，但 RFC 7489 接收方会丢弃这条记录。请明确写出 p=none。',
    },
  },
  'dmarc/multiple-records': {
    title: '存在多条 DMARC 记录',
    doc: '当 `_dmarc.<域名>` 下有多条以 `v=DMARC1` 开头的记录时，接收方不执行任何 DMARC 策略（RFC 9989 §4.8）。请把它们合并为一条。',
    messages: { default: '{owner} 有 {count} 条 DMARC 记录：接收方因此一条也不会执行。' },
  },
  'dmarc/outside-dmarc': {
    title: 'DMARC 记录不在 `_dmarc` 下',
    doc: '接收方只在 `_dmarc.<域名>` 查询策略（RFC 9989 §4.8）。放在域名本身或其他位置的 `v=DMARC1` 记录永远不会被读取。（位于 `<域名>._report._dmarc.<主机>` 的记录是报告授权记录，没有问题。）',
    messages: { default: '{owner} 上的这条 DMARC 记录不会被读取：它应该放在 {expected}' },
  },
  'dmarc/no-reports': {
    title: 'DMARC 监控策略没有报告地址',
    doc: '`p=none` 要求接收方不采取任何行动，其目的是在执行策略之前收集聚合报告，了解谁在以该域名发信（RFC 9989 §5.2）。没有 `rua=` 就没有人收到这些报告，这条记录既不能保护域名，也不能给所有者提供任何信息。请添加 `rua=mailto:…`，或改为 `p=quarantine`/`p=reject`。',
    messages: { default: 'p=none 且没有 rua=：接收方不采取行动，报告也无处可送。' },
  },
  'dmarc/report-authorization': {
    title: '外部 DMARC 报告目的地未授权接收报告',
    doc: '把某个域名的报告发送到另一个域名的地址时，只有目的地在 `<策略域名>._report._dmarc.<目的地>` 发布了 `v=DMARC1` TXT 记录，报告才会被投递（RFC 7489 §7.1，RFC 9990 沿用）。目的地的区域文件就在当前工作区中，却没有这条记录，因此接收方会丢弃这个地址。',
    messages: { default: '{host} 没有授权接收这些报告：请在 {name} 添加 TXT "v=DMARC1"（位于 {file}）。' },
  },
};
