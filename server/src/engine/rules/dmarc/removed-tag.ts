import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { dmarcRecords, type DmarcRecord } from '../../mail/dmarc/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { asTagTexts, replaceTxtValue, writeTags, type TagText } from '../../mail/tags/rewrite';
import { reportAt } from '../../mail/tags/report';
import type { Tag } from '../../mail/tags/tag-list';

/**
 * RFC 9989 removed `pct` (partial enforcement; `t=y` now marks a policy under test), `rf` (one failure-report
 * format remains) and `ri` (reporters choose the interval, daily in practice). Receivers ignore them now.
 */
export const dmarcRemovedTag: ZoneRule = {
  id: 'dmarc/removed-tag',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 9989 §4.7, Appendix A',
  fixable: true,
  check(zone, report, env) {
    for (const { record, tags } of itemsWhere(zone, dmarcRecords, hasRemovedTag)) {
      for (const tag of tags.tags) {
        const name = tag.name.toLowerCase();
        if (name !== 'pct' && name !== 'rf' && name !== 'ri') continue;
        const successor = successorOf(tag, tags.tags);
        const replaced = tags.tags.flatMap((t): TagText[] => (t === tag ? (successor ? [successor] : []) : asTagTexts([t])));
        const title = successor
          ? phrase('dmarc.fix.replaceTag', { old: `${tag.name}=${tag.value}`, new: `${successor.name}=${successor.value}` }, env.settings.locale)
          : phrase('dmarc.fix.removeTag', { tag: `${tag.name}=${tag.value}` }, env.settings.locale);
        const fix = { title, edits: [replaceTxtValue(record, writeTags(replaced))], preferred: true };
        reportAt(report, record, tags, tag.start, tag.end, { messageId: name, args: { value: tag.value }, fixes: [fix], tags: ['deprecated'] });
      }
    }
  },
};

/** `pct` below 100 meant "not fully enforced yet": RFC 9989's `t=y`. Other removed tags have no successor tag. */
function successorOf(tag: Tag, all: readonly Tag[]): TagText | undefined {
  if (tag.name.toLowerCase() !== 'pct') return undefined;
  const percent = Number(tag.value);
  const alreadyTesting = all.some((t) => t.name.toLowerCase() === 't');
  if (!Number.isInteger(percent) || percent >= 100 || alreadyTesting) return undefined;
  return { name: 't', value: 'y' };
}

function hasRemovedTag({ tags }: DmarcRecord): boolean {
  return tags.tags.some((tag) => {
    const name = tag.name.toLowerCase();
    return name === 'pct' || name === 'rf' || name === 'ri';
  });
}
