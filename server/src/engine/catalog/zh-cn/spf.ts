import type { CatalogueSection, PhraseSection } from '../types';

export const spfRules: CatalogueSection = {
  'spf/syntax': {
    title: 'SPF 语法错误',
    doc: 'SPF 记录中的某一项不符合 RFC 7208 的语法（§4.6.1、§12）。接收方把记录中任何位置的语法错误都视为永久错误（permerror），即使错误出现在已匹配的项之后，整条记录也会失效。',
    messages: {
      default: 'SPF 语法错误。',
      badSeparator: '各项之间只能用普通空格分隔；{char} 不是空格，接收方会把相邻的项读成一个错误的项。',
      qualifiedModifier: '修饰符不能带限定符：请删除 `{name}=` 前面的符号。',
      loneQualifier: '限定符后面必须跟一个机制。',
      notATerm: '`{term}` 既不是机制，也不是 `名称=值` 形式的修饰符。',
      allArgument: '`all` 不带参数；其后的 `{text}` 使整条记录无效。',
      unexpectedAfterName: '`{name}` 后出现了意外的 `{text}`：域名写在 `:` 之后，前缀长度写在 `/` 之后。',
      noCidr: '`{name}` 不接受前缀长度。',
      badChar: '此处不允许字符 {char}：SPF 文本只能是可见的 ASCII 字符。',
    },
  },
  'spf/unknown-mechanism': {
    title: '未知的 SPF 机制',
    doc: 'SPF 只有八种机制：`all`、`include`、`a`、`mx`、`ptr`、`ip4`、`ip6` 和 `exists`（RFC 7208 §5）。在 `:` 或 `/` 之前（或单独出现）的其他名称都会导致 permerror，使整条记录失效。常见原因是拼写错误（`inlcude:`、`ip:`）或地址前漏写了 `ip4:`。',
    messages: {
      default: '`{name}` 不是 SPF 机制：整条记录会以 permerror 失败。',
      didYouMean: '`{name}` 不是 SPF 机制；您是想写 `{suggestion}` 吗？',
      bareAddress: '地址前需要写机制：请写成 `{mechanism}:{address}`。',
    },
  },
  'spf/bad-ip': {
    title: 'ip4/ip6 中的地址无效',
    doc: '`ip4:` 后应为不带前导零的点分十进制 IPv4 地址，`ip6:` 后应为符合 RFC 4291 的 IPv6 地址（RFC 7208 §5.6）。其他写法（包括另一地址族的地址）都会导致 permerror。',
    messages: {
      default: '`{address}` 不是有效的 {name} 地址。',
      wrongFamily: '`{address}` 不能用于 `{name}:`；请改用 `{mechanism}:`。',
      missing: '`{name}` 的 `:` 后面需要一个地址。',
    },
  },
  'spf/bad-cidr': {
    title: '前缀长度无效',
    doc: '前缀长度写作 `/` 加上不带前导零的数字：IPv4 为 0–32，IPv6 为 0–128（RFC 7208 §5.6）。`a` 和 `mx` 可同时带两个，写作 `/24//64`；`ip4` 和 `ip6` 只带一个。格式错误的前缀长度会导致 permerror。',
    messages: {
      default: '前缀长度无效。',
      empty: '`{text}` 的斜杠后没有数字。',
      notNumber: '`{text}` 不是前缀长度。',
      leadingZero: '`{text}`：前缀长度不能有前导零。',
      outOfRange: '`{text}` 超过了最大值 {max}。',
      singleSlashIp6: 'IPv4 前缀长度之后的 IPv6 前缀长度要用两个斜杠：请写成 `/{text}`，而不是 `{text}`。',
      dualOnNetwork: '`{name}` 只接受一个前缀长度；`{text}` 无效。',
    },
  },
  'spf/bad-domain-spec': {
    title: 'SPF 项中的域名无效',
    doc: 'domain-spec（RFC 7208 §7.1）必须以宏结尾，或者在至少一个点之后以非纯数字的顶级标签结尾：`a:museum` 和 `a:192.0.2.1` 都是 permerror。`include:`、`exists:`、`redirect=` 和 `exp=` 必须带域名；含空标签或过长标签的名称在查询时同样会失败。',
    messages: {
      default: '域名无效。',
      missing: '`{name}` 需要一个域名。',
      empty: '域名为空。',
      singleLabel: '`{domain}` 只有一个标签：SPF 域名需要包含点和顶级标签。',
      emptyLabel: '`{domain}` 含有空标签。',
      numericTop: '`{domain}` 以纯数字标签 `{label}` 结尾，不存在这样的域名。',
      ipAddress: '`{domain}` 是地址而不是域名：请使用 `ip4:{domain}`。',
      badTop: '`{label}` 不是有效的顶级标签。',
      tooLong: '该名称长 {length} 个字符；DNS 名称最多 253 个字符。',
      longLabel: '标签 `{label}` 长 {length} 个字符；标签最多 63 个字符。',
      badChar: '字符 {char} 不能出现在域名中。',
    },
  },
  'spf/macro': {
    title: 'SPF 宏无效',
    doc: '宏（RFC 7208 §7）的形式是 `%{` + `s l o d i p h c r t v` 之一 + 可选数字（不能为 0）+ 可选 `r` + 取自 `.-+,/_=` 的分隔符 + `}`，或转义 `%%`、`%_`、`%-`。`%` 后跟其他内容会导致 permerror。',
    messages: {
      default: '宏无效。',
      lonePercent: '末尾的 `%` 必须写成 `%%`。',
      badEscape: '`{text}` 不是宏：字面的百分号请写成 `%%`。',
      unclosed: '`{text}`：宏没有用 `}` 闭合。',
      unknownLetter: '`{text}`：`{letter}` 不是宏字母。',
      zeroDigits: '`{text}`：保留的标签数不能为 0。',
      badTransformer: '`{text}`：`{char}` 不是有效的分隔符。',
    },
  },
  'spf/exp-only-macro': {
    title: '仅限说明文本使用的宏字母',
    doc: '宏字母 `c`（可读形式的客户端 IP）、`r`（接收主机）和 `t`（时间戳）只能出现在 `exp=` 指向的说明文本中（RFC 7208 §7.3），不能出现在 SPF 记录本身。',
    messages: { default: '`{text}`：字母 `{letter}` 只能用于说明文本。' },
  },
  'spf/bad-version': {
    title: 'SPF 记录被忽略：版本标记格式错误',
    doc: '接收方只保留以 `v=spf1` 开头、且其后紧跟空格或记录结尾的 TXT 记录（RFC 7208 §4.5）。写成 ` v=spf1`、`v = spf1` 或 `v=spf1;` 的记录会被悄悄跳过，不报任何错误，于是该域名没有 SPF 策略。',
    messages: { default: '`{text}` 不是 SPF 版本标记 `v=spf1`：接收方会忽略这条记录。' },
  },
  'spf/broken-join': {
    title: 'TXT 字符串拼接成了错误的项',
    doc: 'TXT 记录的多个带引号字符串会直接拼接、中间不加任何字符（RFC 7208 §3.3）：`"v=spf1 a" "-all"` 会读成 `v=spf1 a-all`，这是语法错误。当项的边界正好落在字符串之间时，请在前一个字符串末尾（或后一个字符串开头）加一个空格。',
    messages: {
      default: '`{left}` 和 `{right}` 来自两个字符串，拼接成了 `{term}`：缺少一个空格。',
      version: '`{text}`：字符串拼接时 `v=spf1` 后面没有空格，因此这不是 SPF 记录。',
    },
  },
  'spf/duplicate-modifier': {
    title: '修饰符重复出现',
    doc: '每条记录中 `redirect=` 和 `exp=` 各自最多只能出现一次（RFC 7208 §6）；出现第二次会导致 permerror。',
    messages: { default: '`{name}=` 出现了不止一次：`{term}` 使记录失败。' },
  },
  'spf/redirect-with-all': {
    title: '因存在 `all` 而被忽略的 `redirect=`',
    doc: '记录中有 `all` 机制时，`redirect=` 修饰符永远不会被使用（RFC 7208 §6.1）：`all` 总会先匹配。请删除两者之一。',
    messages: { default: '`{term}` 永远不会被使用：`{all}` 总会先于它匹配。' },
  },
  'spf/terms-after-all': {
    title: '`all` 之后的机制永远不会被评估',
    doc: '机制按从左到右的顺序评估，而 `all` 总是匹配（RFC 7208 §5.1），因此其后的机制都不起作用。如果希望它生效，请把它移到 `all` 之前。',
    messages: { default: '`{term}` 位于 `{all}` 之后，永远不会被评估。' },
  },
  'spf/suspicious-modifier': {
    title: '疑似拼写错误的未知修饰符',
    doc: '未知的 `名称=值` 修饰符是合法的，但会被忽略（RFC 7208 §6），因此拼错的 `include=` 或 `redirct=` 会悄无声息地不起作用。机制用 `:`，修饰符用 `=`。',
    messages: {
      default: '`{term}` 会被忽略。',
      mechanism: '`{term}` 是未知修饰符，会被忽略；该机制应写成 `{suggestion}`。',
      typo: '`{name}=` 不是 SPF 认识的修饰符，因此 `{term}` 会被忽略；您是想写 `{suggestion}` 吗？',
    },
  },
  'spf/ptr': {
    title: '不应使用 `ptr`',
    doc: '`ptr` 机制速度慢、给 `.arpa` 域名服务器带来负担且不可靠；RFC 7208 §5.5 规定不应（SHOULD NOT）发布它，大型接收方也会跳过它。请改用 `ip4:`/`ip6:` 列出发信地址，或用 `a:` 列出主机。',
    messages: { default: '`ptr` 已不推荐使用（RFC 7208 §5.5）：请改用 ip4/ip6 或 a 列出发信方。' },
  },
  'spf/permissive-all': {
    title: '过于宽松的 `all`',
    doc: '`+all`（或不带限定符的 `all`）会放行互联网上任何主机发出的邮件，`?all` 则给出中性结果（RFC 7208 §5.1、§8）：两者都让任何人都能冒用该域名发信。请使用 `~all`（软失败）或 `-all`（失败）。',
    messages: {
      default: '这个 `all` 允许任何主机以该域名发信。',
      pass: '`{term}` 授权互联网上的所有主机以该域名发信。',
      neutral: '`{term}` 使任何主机发出的邮件都得到中性结果：无法保护该域名。',
    },
  },
  'spf/fail-include': {
    title: '`include:` 上带了限定符',
    doc: '`include:` 上的限定符在被包含的记录通过时生效（RFC 7208 §5.2）：`-include:x` 恰好会拒绝 x 所授权的邮件。这在语法上合法，但几乎从来不是本意；通常应写成不带限定符的 `include:`。',
    messages: {
      default: 'include 上带了限定符。',
      fail: '`{term}` 会拒绝 `{domain}` 授权的邮件；您是想写 `include:{domain}` 吗？',
      softfail: '`{term}` 会让 `{domain}` 授权的邮件软失败；您是想写 `include:{domain}` 吗？',
      neutral: '`{term}` 会让 `{domain}` 授权的邮件得到中性结果；您是想写 `include:{domain}` 吗？',
    },
  },
  'spf/no-all': {
    title: '没有 `all`，也没有 `redirect=`',
    doc: '既没有 `all` 也没有 `redirect=` 的记录，对所有未列出的主机都给出默认的中性结果（RFC 7208 §4.7），对接收方毫无意义。请在记录末尾加上 `~all`（软失败）或 `-all`（失败）。',
    messages: { default: '这条 SPF 记录没有 `all` 也没有 `redirect=`：未列出的发信方会得到中性结果。' },
  },
  'spf/multiple-records': {
    title: '同一名称下有多条 SPF 记录',
    doc: '一个名称下最多只能有一条以 `v=spf1` 开头的 TXT 记录（RFC 7208 §3.2、§4.5）；有两条时，每次检查都会以 permerror 结束，邮件完全得不到保护。添加邮件服务商时，应把它的 `include:` 加进现有记录。',
    messages: { default: '{name} 下有 {count} 条 SPF 记录：接收方会全部拒绝（permerror）。请合并为一条。' },
  },
  'spf/type-spf': {
    title: '已废弃的 SPF 类型记录',
    doc: 'RFC 7208 §3.1 规定 SPF 只以 TXT 类型发布；SPF 记录类型（99）已停止使用，接收方不会查询它。请把记录改为 TXT；若已有相同的 TXT 记录，则删除它。',
    messages: {
      default: '接收方不会读取 SPF（99）类型的记录。',
      alone: '接收方只读取 TXT：这条 SPF（99）类型记录不会给该名称带来任何 SPF 策略。',
      withTwin: '这条 SPF（99）类型记录没有用处：相同内容的 TXT 记录已经发布。',
      differs: '这条 SPF（99）类型记录没有用处，且与接收方实际读取的 TXT 记录不同。',
    },
  },
  'spf/too-long': {
    title: 'SPF 应答超过 450 个八位组',
    doc: 'RFC 7208 §3.4 建议名称及其下的 TXT 记录总长不超过 450 个八位组，使应答能放进一个 UDP 数据包；更大的应答需要 TCP，有些接收方会放弃。请把发信方移到一条通过 `include:` 引用的记录中。',
    messages: { default: '该名称及其 {records} 条 TXT 记录共 {size} 个八位组，超过了 RFC 7208 建议的 {limit}。' },
  },
  'spf/too-many-lookups': {
    title: 'DNS 查询超过 10 次',
    doc: '评估一条记录时，`include`、`a`、`mx`、`ptr`、`exists` 和 `redirect` 引起的 DNS 查询（包括被包含记录中的查询）最多 10 次（RFC 7208 §4.6.4）；超过则结果为 permerror。工作区内的目标会被继续跟踪，其他目标各按一次计算。',
    messages: { default: '这条 SPF 记录需要 {count} 次 DNS 查询；上限为 {limit}（在 `{term}` 处超出）。' },
  },
  'spf/include-loop': {
    title: 'include/redirect 循环',
    doc: '若 `include:` 或 `redirect=` 链又回到了正在评估的记录，评估将永不结束；接收方会以 permerror 终止（RFC 7208 §4.6.4、§5.2）。该链会在工作区的各个区域文件中跟踪。',
    messages: { default: '该项会导致循环：{chain}。' },
  },
  'spf/target-without-spf': {
    title: 'include/redirect 的目标没有 SPF 记录',
    doc: '如果 `include:` 的目标没有发布 SPF 记录，结果为 permerror（RFC 7208 §5.2）；`redirect=` 指向这样的名称同样如此（§6.1）。目标所在区域在工作区中，且该名称下没有 `v=spf1` 的 TXT 记录。',
    messages: {
      default: '{target} 没有 SPF 记录。',
      include: '{target} 在其区域中没有 SPF 记录：这个 include 会导致 permerror。',
      redirect: '{target} 在其区域中没有 SPF 记录：这个 redirect 会导致 permerror。',
    },
  },
};

/** SPF 区域的悬停文本、补全说明和修复标题。 */
export const spfPhrases: PhraseSection = {
  'spf.fix.rewriteTerm': '将 `{from}` 改为 `{to}`',
  'spf.fix.removeTerm': '删除 `{term}`',
  'spf.fix.replaceAll': '将 `{from}` 替换为 `{to}`',
  'spf.fix.dropQualifier': '删除 `{term}` 的限定符',
  'spf.fix.removeAfterAll': '删除 `{all}` 之后的机制',
  'spf.fix.addAll': '在末尾添加 `{all}`',
  'spf.fix.merge': '将 {count} 条 SPF 记录合并为一条',
  'spf.fix.removeTypeSpf': '删除 SPF 类型记录',
  'spf.fix.convertToTxt': '将类型改为 TXT',
  'spf.fix.addSpaceAtJoin': '在字符串之间补上缺少的空格',
};
