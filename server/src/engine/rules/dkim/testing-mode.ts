import type { ZoneRule } from '../rule';
import { dkimRecords, type DkimRecord } from '../../mail/dkim/record';
import { itemsWhere } from '../../mail/tags/mail-records';
import { findTag, splitTagValue } from '../../mail/tags/tag-list';
import { reportAt } from '../../mail/tags/report';

/** `t=y`: verifiers may treat failures as if unsigned (RFC 6376 §3.6.1); fine while testing, not forever. */
export const dkimTestingMode: ZoneRule = {
  id: 'dkim/testing-mode',
  language: 'zone',
  defaultSeverity: 'info',
  source: 'RFC 6376 §3.6.1',
  check(zone, report) {
    for (const { record, tags } of itemsWhere(zone, dkimRecords, inTestingMode)) {
      const tag = findTag(tags, 't');
      const flag = tag && splitTagValue(tag, ':').find((item) => item.text === 'y');
      if (tag && flag) reportAt(report, record, tags, tag.start, tag.end);
    }
  },
};

function inTestingMode({ tags }: DkimRecord): boolean {
  const tag = findTag(tags, 't');
  return tag !== undefined && splitTagValue(tag, ':').some((item) => item.text === 'y');
}
