import type { Zone } from '../../zone/model';
import type { SpfTerm } from './ast';
import { spfRecords, type SpfRecordInfo } from './records';

export interface SpfAtOffset {
  info: SpfRecordInfo;
  /** Value position under the cursor, or -1 on a quote or between strings. */
  position: number;
  /** The term under the cursor, with its index. */
  term: SpfTerm | undefined;
  index: number;
}

/** The SPF record of the checked file whose character-strings hold `offset`, and the term there. */
export function spfAtOffset(zone: Zone, offset: number): SpfAtOffset | undefined {
  for (const info of spfRecords(zone)) {
    if (info.record.file !== zone.file) continue;
    const strings = info.record.txt!.strings;
    if (strings.length === 0 || offset < strings[0]!.span.start || offset > strings[strings.length - 1]!.span.end) continue;
    const position = info.value.fromSource(offset);
    const index = position < 0 ? -1 : info.parse.terms.findIndex((t) => position >= t.range.start && position < t.range.end);
    return { info, position, term: index >= 0 ? info.parse.terms[index] : undefined, index };
  }
  return undefined;
}
