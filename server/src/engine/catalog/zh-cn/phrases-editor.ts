import type { PhraseSection } from '../types';

/** 编辑器部分的悬停文本、补全说明和修复标题。 */
export const editorPhrases: PhraseSection = {
  'editor.fixAll': '修复所有可自动修复的 MailZone 问题',
  'editor.bumpSerial': '递增 SOA 序列号',
  'editor.noSoa': '此区域文件没有带数字序列号的 SOA 记录，无法递增。',
  'editor.serialBumped': 'SOA 序列号 {from} → {to}',
  'editor.unknownRule': 'MailZone 没有名为 {rule} 的规则。',
  'editor.ruleSource': '依据：{source}',
  'editor.ruleDefault': '默认严重级别：{severity}',
  'editor.notZone': '此命令仅适用于 DNS 区域文件。',
  'editor.providerInPlace': '该服务商所需的记录都已在区域文件中。',
  'editor.showDocumentation': '显示 {rule} 的文档',
};
