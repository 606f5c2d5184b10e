import type { PhraseSection } from '../types';

/** 邮件服务商设置：代码操作、插入记录上方的注释以及悬停说明。 */
export const providerPhrases: PhraseSection = {
  'provider.setupTitle': '为 {provider} 设置邮件记录',
  'provider.setupTitleUnverified': '为 {provider} 设置邮件记录（部分数值未经核实）',
  'provider.setupCommand': '为邮件服务商设置记录…',
  'provider.blockHeader': '邮件：{provider}，数值于 {checked} 对照 {source} 核对',
  'provider.unverifiedLine': '未经核实：{values}。使用前请向服务商确认。',
  'provider.hoverHeading': '**{provider}**：官方文档中的邮件记录',
  'provider.hoverUnverified': '（未经核实）',
  'provider.hoverChecked': '核对于 {checked}',
  'provider.nothingToAdd': '此区域中已设置好 {provider}。',
};
