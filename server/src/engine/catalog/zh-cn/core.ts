import type { CatalogueSection, PhraseSection } from '../types';

export const coreRules: CatalogueSection = {
  'core/internal-error': {
    title: '检查内部出错',
    doc: 'MailZone 的某项检查在此文件上抛出了异常，其他检查仍已运行。请提交该文件（或精简后的副本）以便修复。',
    messages: { default: '检查 {rule} 内部出错：{error}' },
  },
  'core/file-too-large': {
    title: '文件过大，无法随输入检查',
    doc: '超过 `mailzone.maxFileSize` 设置的文件只在保存时检查，以保持编辑器流畅。',
    messages: { default: '此文件大小为 {size} 字节，超过 {limit} 字节的上限：仅在保存时检查。' },
  },
  'core/binary-file': {
    title: '二进制文件',
    doc: '该文件包含 NUL 字节或不是文本文件，MailZone 不检查它。',
    messages: { default: '这似乎是二进制文件（偏移 {offset} 处有 NUL 字节），未作检查。' },
  },
};

export const corePhrases: PhraseSection = {
  'cli.summary': '共 {problems} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），涉及 {files} 个文件',
  'cli.noProblems': '{files} 个文件中未发现问题。',
  'fix.disableLine': '在此行禁用 {rule}',
  'fix.disableFile': '在整个文件中禁用 {rule}',
};
