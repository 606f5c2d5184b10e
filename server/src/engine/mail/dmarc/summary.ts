import { phrase } from '../../catalog/catalogue';
import { findTagIgnoringCase, splitTagValue, type TagList } from '../tags/tag-list';
import { readReportUri } from './uri';

/** The policy of a DMARC record in plain sentences, one per line (Markdown). */
export function dmarcPolicySummary(tags: TagList, domain: string, locale: string): string[] {
  const say = (key: string, args: Record<string, string | number> = {}) => phrase(key, args, locale);
  const value = (name: string) => findTagIgnoringCase(tags, name)?.value.toLowerCase();
  const policyWord = (policy: string) => (['none', 'quarantine', 'reject'].includes(policy) ? say(`dmarc.policyWord.${policy}`) : policy);
  const lines = [say('dmarc.summary.heading', { domain: domain.replace(/\.$/, '') })];
  const p = value('p');
  lines.push(p && ['none', 'quarantine', 'reject'].includes(p) ? say(`dmarc.summary.p.${p}`) : say('dmarc.summary.p.absent'));
  const sp = value('sp');
  if (sp) lines.push(say('dmarc.summary.sp', { policy: policyWord(sp) }));
  const np = value('np');
  if (np) lines.push(say('dmarc.summary.np', { policy: policyWord(np) }));
  if (value('t') === 'y') lines.push(say('dmarc.summary.testing'));
  const align = (name: string) => say(value(name) === 's' ? 'dmarc.align.s' : 'dmarc.align.r');
  lines.push(say('dmarc.summary.alignment', { adkim: align('adkim'), aspf: align('aspf') }));
  const rua = addresses(tags, 'rua');
  lines.push(rua ? say('dmarc.summary.rua', { list: rua }) : say('dmarc.summary.noRua'));
  const ruf = addresses(tags, 'ruf');
  if (ruf) lines.push(say('dmarc.summary.ruf', { list: ruf }));
  return lines;
}

function addresses(tags: TagList, name: string): string | undefined {
  const tag = findTagIgnoringCase(tags, name);
  if (!tag) return undefined;
  const list = splitTagValue(tag, ',')
    .map((item) => readReportUri(item.text).address ?? item.text)
    .filter((text) => text !== '');
  return list.length > 0 ? list.map((a) => `\`${a}\``).join(', ') : undefined;
}
