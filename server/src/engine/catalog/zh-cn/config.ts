import type { CatalogueSection, PhraseSection } from '../types';

export const configRules: CatalogueSection = {
  'config/unused-disable': {
    title: '没有屏蔽任何问题的屏蔽注释',
    doc:
      '`mailzone-disable-next-line` 或 `mailzone-disable` 注释所指定的规则在该位置没有报告任何问题。' +
      '多半是记录修好后遗留下来的；请删除它，以免日后掩盖新的问题。',
    messages: {
      default: '此注释屏蔽了 {rule}，但 {rule} 在这里没有报告任何问题。',
      all: '此注释屏蔽了所有规则，但这里没有任何规则报告问题。',
      enable: '"mailzone-enable {rule}" 之前没有对应的 "mailzone-disable {rule}"。',
      fix: '删除这条未起作用的 mailzone 注释',
    },
  },
  'config/unknown-rule': {
    title: '屏蔽注释中的规则 ID 未知',
    doc: '屏蔽注释指定了 MailZone 没有的规则 ID，因此不会屏蔽任何问题。规则 ID 的格式为 `领域/名称`，例如 `spf/ptr`；每条诊断都会显示其 ID。',
    messages: { default: 'mailzone 注释中的规则 "{rule}" 未知。' },
  },
  'config/invalid-config': {
    title: '.mailzone.json 无效',
    doc:
      '无法按原样使用 `.mailzone.json` 配置。它包含 `rules`（规则 ID → off、hint、info、warning 或 error）' +
      '以及 `nginx.version`（适用其默认值的 nginx 版本，例如 1.22.1）。',
    messages: { default: '{problem}' },
  },
};

export const configPhrases: PhraseSection = {
  'config.invalidJson': '{path}：不是有效的 JSON：{detail}',
  'config.notObject': '{path}：配置必须是一个 JSON 对象',
  'config.unknownKey': '{path}：未知设置 "{key}"（可用：{known}）',
  'config.notAnObject': '{path}："{key}" 必须是一个对象',
  'config.badSeverity': '{path}：规则 "{rule}" 的级别为 {value}；请使用 off、hint、info、warning、error 之一',
  'config.badSeveritySuggest': '{path}：规则 "{rule}" 的级别为 {value}；是否想写 "{suggestion}"？',
  'config.unknownRule': '{path}：未知规则 "{rule}"',
  'config.badNginxVersion': '{path}：nginx.version 应形如 1.22.1，实际为 {value}',
  'config.unreadable': '{path}：无法读取配置：{detail}',
};
