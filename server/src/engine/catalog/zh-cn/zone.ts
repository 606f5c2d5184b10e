import type { CatalogueSection } from '../types';

/** 区域文件规则的文字：先是解析器报告的语法问题，再是对整个区域的检查。 */
export const zoneRules: CatalogueSection = {
  'zone/syntax': {
    title: '区域文件语法错误',
    doc:
      '这一行不符合 RFC 1035 §5.1 的主文件格式：`[所有者] [TTL] [类] 类型 数据`，另有 `$` 指令、`( … )` 跨行和 `;` 注释。' +
      '名称服务器拒绝加载有语法错误的区域，因此停止服务的是整个区域，而不只是这一条记录。',
    messages: {
      default: '这条记录有语法错误。',
      'no-owner': '这一行有缩进，表示沿用上一条记录的所有者名称，但前面没有任何记录。',
      'missing-type': '缺少记录类型。',
      'unexpected-token': '此处不应出现 `{token}`。',
      'missing-rdata': '{type} 记录缺少数据。',
      'bad-number': '`{text}` 不是有效的数字。',
      'bad-ttl': '`{text}` 不是有效的 TTL（秒数，或 1h30m 这类带单位的写法）。',
      'ttl-too-large': 'TTL `{text}` 超过 2147483647 秒，即 RFC 2181 §8 允许的最大值。',
      'bad-class': '`{text}` 不是 DNS 类（IN、CH、HS）。',
      'unknown-type': 'MailZone 不认识记录类型 `{text}`；未知类型请写成 TYPEnnn，数据用 `\\# 长度 十六进制`（RFC 3597 §5）。',
      'bad-escape': '`{text}` 不是有效的转义：请使用十进制值不超过 255 的 `\\DDD`，或在单个字符前加 `\\`。',
      'unterminated-string': '这个带引号的字符串没有结束引号。',
      'unexpected-close-paren': '这个 `)` 没有对应的 `(`。',
      'extra-rdata': '记录结束后出现多余的数据 `{text}`。',
      'bad-generic': 'RFC 3597 通用数据 `{text}` 有误：应为 `\\# 长度 十六进制`，且十六进制正好是“长度”个字节。',
    },
  },
  'zone/unclosed-paren': {
    title: '括号未闭合',
    doc:
      '`(` 让一条记录延续到多行，直到对应的 `)` 为止（RFC 1035 §5.1）。缺少 `)` 时，服务器会把后面的每一行都当作这条记录的数据，' +
      '或者拒绝整个文件。MailZone 在 `(` 处报告问题，并继续单独检查后面的记录。',
    messages: { default: '这个 `(` 没有闭合：请在记录末尾加上 `)`。' },
  },
  'zone/nested-paren': {
    title: '括号嵌套',
    doc: '区域文件中的括号用于把一条记录的多行归在一起，不能嵌套（RFC 1035 §5.1）。',
    messages: { default: '括号不能嵌套：前面已经有一个未闭合的 `(`。' },
  },
  'zone/bad-rdata': {
    title: '记录数据无效',
    doc:
      '记录数据中的某个字段不符合该类型要求的格式（RFC 1035 §3.3，以及各类型自己的 RFC：AAAA 见 RFC 3596，SRV 见 RFC 2782，' +
      'CAA 见 RFC 8659 等）。服务器会拒绝该区域。',
    messages: {
      default: '这条 {type} 记录中的{field} `{text}` 无效。',
      'address-v4': '`{text}` 不是 IPv4 地址（四个 0–255 的十进制数，例如 192.0.2.1）。',
      'address-v6': '`{text}` 不是 IPv6 地址（例如 2001:db8::1）。',
      name: '`{text}` 不是有效的域名。',
      'number-range': '{field} `{text}` 超出范围：必须在 0 到 {max} 之间。',
      base64: '`{text}` 不是有效的 base64。',
      hex: '`{text}` 不是有效的十六进制。',
      'digest-length': '摘要长度为 {text} 个八位组，但摘要类型 {digestType} 的长度应为 {expected} 个八位组（RFC 4509、RFC 6605）。',
      'caa-tag': '`{text}` 不是有效的 CAA 标签：只能由字母和数字组成（RFC 8659 §4.1），例如 issue、issuewild、iodef。',
    },
  },
  'zone/label-too-long': {
    title: '标签超过 63 个字节',
    doc: '域名中以点分隔的每个标签最多 63 个字节（RFC 1035 §2.3.4）。服务器拒绝更长的标签。',
    messages: { default: '标签 `{label}` 长 {length} 个字节；一个标签最多 63 个字节。' },
  },
  'zone/name-too-long': {
    title: '域名超过 255 个字节',
    doc: '域名按线路格式计算（含区域原点）最多 255 个字节（RFC 1035 §2.3.4）。服务器拒绝更长的域名。',
    messages: { default: '`{name}` 按线路格式长 {length} 个字节；域名最多 255 个字节。' },
  },
  'zone/empty-label': {
    title: '域名中有空标签',
    doc: '连续两个点（或开头的点）会形成空标签，而只有根域名才能是空标签（RFC 1035 §3.1）。',
    messages: { default: '`{name}` 含有空标签（连续两个点，或以点开头）。' },
  },
  'zone/txt-string-too-long': {
    title: 'TXT 字符串超过 255 个字节',
    doc:
      'TXT 记录中每个带引号的字符串最多 255 个字节（RFC 1035 §3.3）。BIND 和 NSD 拒绝更长的字符串，Knot 则悄悄把它拆开。' +
      '请把 DKIM 公钥这类长值拆成多个带引号的字符串：它们会被直接拼接，中间没有空格（RFC 7208 §3.3，RFC 6376 §3.6.2.2）。',
    messages: {
      default: '这个字符串长 {octets} 个字节；一个 TXT 字符串最多 255 个字节。请拆成多个带引号的字符串。',
      'fix-split': '拆分为每段不超过 255 个字节的字符串',
    },
  },
  'zone/txt-unquoted-semicolon': {
    title: '未加引号的 TXT 值被分号截断',
    doc:
      '在区域文件中，`;` 开始一段注释，双引号内除外（RFC 1035 §5.1）。没有加引号的 TXT 值（例如 `v=DKIM1; k=rsa; p=…`）' +
      '从第一个 `;` 起全部丢失：实际发布的记录只有 `v=DKIM1`。请给值加上双引号。',
    messages: {
      default: '这个 TXT 值没有加引号，其中的 `;` 开始了一段注释，之后的内容全部丢失：请把值放进双引号。',
      'fix-quote': '给 TXT 值加上双引号',
    },
  },
  'zone/origin-not-absolute': {
    title: '$ORIGIN 不是绝对域名',
    doc: '`$ORIGIN` 后的域名必须以点结尾（RFC 1035 §5.1）；相对的原点含义不明，服务器会拒绝。',
    messages: { default: '`{text}` 必须是以点结尾的绝对域名。' },
  },
  'zone/include-missing': {
    title: '找不到 $INCLUDE 的文件',
    doc: '`$INCLUDE` 把另一个文件读入区域（RFC 1035 §5.1），路径相对于包含它的文件。文件不存在时，服务器拒绝该区域。',
    messages: { default: '无法读取被包含的文件 `{path}`。' },
  },
  'zone/include-depth': {
    title: '$INCLUDE 嵌套过深',
    doc: '被包含的文件还可以再包含其他文件，但 MailZone 在固定深度处停止，以免失控的包含链让检查卡住。',
    messages: {
      default: '包含已嵌套 {depth} 层；MailZone 在此停止。',
      tooMany: '此区域总共已包含 {count} 个文件（或 64 MB 文本）；MailZone 不再继续包含。',
    },
  },
  'zone/include-cycle': {
    title: '$INCLUDE 循环',
    doc: '一个文件直接或间接地包含自己，加载将永远无法结束。',
    messages: { default: '`{path}` 正在被包含中：再次包含它会无限循环。' },
  },
  'zone/bad-directive': {
    title: '未知或格式错误的指令',
    doc: '已知的指令有 `$ORIGIN`、`$TTL`、`$INCLUDE`（RFC 1035 §5.1，RFC 2308 §4）以及 BIND 的 `$GENERATE`。',
    messages: { default: '`{text}` 在此处不是有效的指令。' },
  },
  'zone/generate-range': {
    title: '$GENERATE 范围有误',
    doc: '`$GENERATE 起始-结束[/步长] 左侧 类型 右侧`（BIND）要求起始 ≤ 结束，且步长为正数。',
    messages: { default: '`{text}` 不是有效的 $GENERATE 范围：请写成 起始-结束 或 起始-结束/步长，且起始 ≤ 结束。' },
  },
  'zone/no-ttl': {
    title: '记录没有 TTL',
    doc:
      '这条记录自身没有 TTL，也没有生效的 `$TTL`（RFC 2308 §4），前面的记录也没有给出过 TTL。BIND 会拒绝该区域' +
      '（SOA 记录本身除外，它会改用 SOA 的 minimum 值）。请在文件开头加上 `$TTL`。',
    messages: {
      default: '这条记录没有 TTL，也没有设置 $TTL：请在文件开头加上 `$TTL`。',
      'fix-ttl': '在文件开头加上 `$TTL {ttl}`（SOA 的 minimum 值）',
    },
  },
  'zone/no-final-newline': {
    title: '文件末尾没有换行',
    doc: '有些工具会丢弃或弄乱没有换行符的最后一行；BIND 也会对此发出警告。',
    messages: { default: '文件末尾没有换行符。', 'fix-newline': '在文件末尾加上换行符' },
  },

  'zone/cname-and-other-data': {
    title: 'CNAME 与其他记录并存',
    doc:
      '作为别名（CNAME）的名称不能再有其他数据（RFC 1034 §3.6.2，RFC 2181 §10.1）：解析器会跟随别名，永远看不到其他记录，' +
      '服务器也会拒绝该区域。唯一的例外是 DNSSEC 记录（RRSIG、NSEC）。因此区域顶点永远不能是 CNAME：它必须保存 SOA 和 NS 记录。',
    messages: {
      default: '{name} 是别名（CNAME），同时还有 {types} 记录；别名不能有其他数据。',
      apex: '区域顶点 {name} 不能是别名（CNAME）：它必须保存 SOA 和 NS 记录。',
    },
  },
  'zone/multiple-cname': {
    title: '同一名称有多条 CNAME',
    doc: '一个名称只能是另一个名称的别名（RFC 2181 §10.1）：同一名称下有两条不同的 CNAME 记录时，服务器会拒绝该区域。',
    messages: { default: '{name} 已经有一条 CNAME 记录；一个名称只能指向一个别名目标。' },
  },
  'zone/target-is-cname': {
    title: 'NS、MX 或 SRV 的目标是别名',
    doc:
      'NS 或 MX 记录指向的主机不能是别名（RFC 2181 §10.3），SRV 记录的目标也不能是别名（RFC 2782）。NS 指向 CNAME 时 BIND ' +
      '拒绝该区域；其他情况下邮件服务器和客户端可能失败。请让记录直接指向规范主机名。',
    messages: {
      default: '{type} 的目标 {target} 是别名（CNAME）；请让记录直接指向主机本身（{canonical}）。',
      loop: '{type} 的目标 {target} 是别名（CNAME），而且别名链形成了循环；请让记录指向一台主机。',
      'fix-canonical': '改为指向 {canonical}',
    },
  },
  'zone/target-no-address': {
    title: '区域内的 NS、MX 或 SRV 目标没有地址',
    doc:
      'NS、MX 或 SRV 记录指向的主机位于本区域内，却没有 A 或 AAAA 记录，因此无法访问。对 NS 记录 BIND 会拒绝该区域；' +
      '对 MX 和 SRV 则发出警告（RFC 1035 §3.3.9，RFC 2782）。',
    messages: {
      default: '{type} 的目标 {target} 在本区域内，但没有 A 或 AAAA 记录。',
      missing: '{type} 的目标 {target} 在本区域内，但并不存在。',
    },
  },
  'zone/out-of-zone': {
    title: '记录在区域之外',
    doc:
      '区域文件中每个所有者名称都必须是区域原点或其下级名称。其他名称的数据会被服务器忽略（BIND）或拒绝（NSD）。' +
      '通常是少写或多写了结尾的点。',
    messages: { default: '{name} 不在区域 {origin} 之内；服务器会忽略这条记录。' },
  },
  'zone/missing-soa': {
    title: '区域没有 SOA 记录',
    doc: '每个区域都以其顶点处唯一的一条 SOA 记录开始（RFC 1035 §5.2）。只通过 `$INCLUDE` 读取的文件（名为 `*.inc*` 或放在 `included/` 目录中）不做此项检查。',
    messages: { default: '这个区域没有 SOA 记录；区域必须以它开始。' },
  },
  'zone/multiple-soa': {
    title: '有多条 SOA 记录',
    doc: '一个区域只有一条 SOA 记录，位于区域顶点（RFC 1035 §5.2，RFC 2181 §6.1）。服务器拒绝第二条。',
    messages: {
      default: '这个区域已经有一条 SOA 记录；一个区域只能有一条。',
      'below-apex': '{name} 处的 SOA 记录位于顶点 {origin} 之下；区域只在顶点处有 SOA。',
    },
  },
  'zone/soa-not-first': {
    title: 'SOA 不是第一条记录',
    doc: 'RFC 1035 §5.2 要求 SOA 记录放在最前面；Knot 和 NSD 强制要求这一点，阅读文件的人也习惯在开头找到它。',
    messages: { default: 'SOA 记录应当是区域中的第一条记录。' },
  },
  'zone/no-apex-ns': {
    title: '区域顶点没有 NS 记录',
    doc: '区域顶点要列出它的名称服务器（RFC 1035 §5.2，RFC 1034 §4.2.1）。没有 NS 记录时 BIND 拒绝该区域。',
    messages: { default: '区域顶点 {origin} 没有 NS 记录。' },
  },
  'zone/single-ns': {
    title: '只有一台名称服务器',
    doc: '一个区域应当由至少两台名称服务器提供服务，最好位于不同网络，这样单点故障不会让域名（以及它的邮件）下线（RFC 1034 §4.1，RFC 2182 §5）。',
    messages: { default: '这个区域只有一台名称服务器（{target}）；请至少列出两台。' },
  },
  'zone/rrset-ttl-mismatch': {
    title: '同一记录集中 TTL 不同',
    doc:
      '同一名称、同一类型的所有记录构成一个记录集，只有一个 TTL（RFC 2181 §5.2）。服务器会对整个集合强制使用同一个值' +
      '（BIND 保留第一个），因此后面记录上不同的 TTL 会被悄悄丢弃。',
    messages: {
      default: 'TTL {ttl} 与 {name} 处其他 {type} 记录的 TTL {first} 不同；一个记录集只有一个 TTL。',
      'fix-ttl': '改用 TTL {ttl}，即服务器为整个记录集保留的值',
    },
  },
  'zone/duplicate-record': {
    title: '重复的记录',
    doc: '相同的所有者、类型和数据出现了两次。DNS 只保留一份相同的记录（RFC 2181 §5），所以重复的那条不起作用，而且往往掩盖了编辑错误。',
    messages: {
      default: '这条 {type} 记录与第 {line} 行的记录完全相同；重复的这条会被忽略。',
      'fix-delete': '删除重复的记录',
    },
  },
  'zone/relative-name-mistake': {
    title: '完整域名缺少结尾的点',
    doc:
      '不以点结尾的名称是相对名称，会被补上区域原点（RFC 1035 §5.1）。在原点 `example.com.` 下，`mx.example.com` 会变成 ' +
      '`mx.example.com.example.com.`，这几乎从来不是本意。完整域名请以点结尾。',
    messages: {
      default: '`{text}` 没有结尾的点，因此表示 `{fqdn}`；请改写为 `{intended}`。',
      tld: '`{text}` 没有结尾的点，因此表示 `{fqdn}`；您是否想写 `{intended}`？',
      'fix-dot': '加上结尾的点：{intended}',
    },
  },
  'zone/soa-timers': {
    title: 'SOA 计时器取值异常',
    doc:
      'RFC 1912 §2.2 和 RIPE-203 给出了 SOA 计时器的可用范围：refresh 为 20 分钟到一天（1200–86400 秒），retry 小于 refresh，' +
      'expire 以周计（RFC 1912 建议 2–4 周，RIPE-203 约 41 天）且大于 refresh + retry。minimum 字段是否定缓存的 TTL' +
      '（RFC 2308 §4-5）：超过一天会让新添加的名称在这么长时间内都查不到。',
    messages: {
      default: '这些 SOA 计时器的取值互相矛盾。',
      'refresh-range': 'refresh {value} 秒不在常用范围 {min}–{max} 秒之内（RFC 1912 §2.2，RIPE-203）。',
      'retry-not-less': 'retry {retry} 秒应当小于 refresh {refresh} 秒。',
      'expire-too-short': 'expire {expire} 秒短于 {min} 秒（一周）：主服务器短暂故障后，辅服务器就会丢弃该区域。',
      'expire-not-greater': 'expire {expire} 秒应当大于 refresh + retry（{sum} 秒）。',
      'minimum-too-long': '否定缓存 TTL {value} 秒超过 {max} 秒：不存在的名称会被缓存这么久（RFC 2308 §5）。',
    },
  },
  'zone/soa-serial': {
    title: 'SOA 序列号不是合理的日期',
    doc:
      '常见的序列号格式是日期加计数器，即 YYYYMMDDnn（RFC 1912 §2.2）。日期不存在或在未来的序列号通常是笔误；' +
      '由于辅服务器只接受更大的序列号（RFC 1982），未来的序列号很难撤回。',
    messages: {
      default: '序列号 {serial} 看起来不正常。',
      'impossible-date': '序列号 {serial} 按 YYYYMMDDnn 解读，但 {date} 不是真实存在的日期。',
      'future-date': '序列号 {serial} 对应的日期 {date} 在未来；序列号只能增大，因此很难撤回。',
    },
  },
  'zone/class-mismatch': {
    title: '记录属于其他类',
    doc:
      '区域中的所有记录都与区域同属一个类，几乎总是 IN（RFC 1035 §5.2）。在 IN 区域中写了 CH 或 HS 类的记录时，BIND ' +
      '会拒绝整个区域；这通常是误写了类。',
    messages: {
      default: '这条记录属于 {rrclass} 类，而区域属于 {zoneClass} 类。',
      'fix-class': '把类改为 {zoneClass}',
    },
  },
  'zone/below-dname': {
    title: 'DNAME 之下还有数据',
    doc:
      'DNAME 会把其所有者名称之下的整个子树重定向到另一个域（RFC 6672 §2.4），因此其下的名称不能再有任何记录：' +
      '解析器永远到不了这些记录；如果区域的名称服务器位于其下，BIND 会拒绝该区域。',
    messages: { default: '{name} 位于 {dname} 处的 DNAME 之下；DNAME 之下的记录永远不会被提供。' },
  },
};
