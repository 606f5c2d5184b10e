import { ruleById } from '../rules/registry';
import { allRuleTexts, ruleText } from './catalogue';

/** The Markdown page of one rule: what it checks, why, its source, severity and whether it has a fix. */
export function renderRuleDoc(ruleId: string, locale = 'en'): string | undefined {
  const rule = ruleById(ruleId);
  const text = ruleText(ruleId, locale);
  if (!rule || !text) return undefined;
  const zh = locale === 'zh-cn';
  const lines = [
    `# ${rule.id}: ${text.title}`,
    '',
    `- ${zh ? '默认级别' : 'Default severity'}: \`${rule.defaultSeverity}\``,
    `- ${zh ? '语言' : 'Language'}: ${rule.language}`,
  ];
  if (rule.source) lines.push(`- ${zh ? '依据' : 'Source'}: ${rule.source}`);
  lines.push(`- ${zh ? '快速修复' : 'Quick fix'}: ${rule.fixable ? (zh ? '有' : 'yes') : zh ? '无' : 'no'}`);
  lines.push('', text.doc, '', `## ${zh ? '消息' : 'Messages'}`, '');
  for (const [id, message] of Object.entries(text.messages)) lines.push(`- \`${id}\`: ${message}`);
  lines.push(
    '',
    `## ${zh ? '关闭或调整' : 'Turning it off or down'}`,
    '',
    zh
      ? `在行前加 \`; mailzone-disable-next-line ${rule.id}\`（nginx 用 \`#\`），或在 \`.mailzone.json\` / \`mailzone.rules\` 中设置 \`"${rule.id}": "off"\`。`
      : `Put \`; mailzone-disable-next-line ${rule.id}\` above the line (\`#\` in nginx), or set \`"${rule.id}": "off"\` in \`.mailzone.json\` or the \`mailzone.rules\` setting.`,
    '',
  );
  return lines.join('\n');
}

/** All rule pages by relative path (`zone/cname-and-other-data.md`), plus an index, for docs/rules/. */
export function renderAllRuleDocs(): Map<string, string> {
  const pages = new Map<string, string>();
  const en = allRuleTexts('en');
  const index = ['# MailZone rules', '', '| rule | severity | fix | what it checks |', '| --- | --- | --- | --- |'];
  for (const id of Object.keys(en).sort()) {
    const rule = ruleById(id);
    const page = renderRuleDoc(id, 'en');
    if (!rule || !page) continue;
    const zhPage = renderRuleDoc(id, 'zh-cn');
    pages.set(`${id}.md`, zhPage ? `${page}\n---\n\n${zhPage.replace(/^# /, '## ')}` : page);
    index.push(`| [${id}](${id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} | ${en[id]!.title} |`);
  }
  pages.set('README.md', index.join('\n') + '\n');
  return pages;
}
