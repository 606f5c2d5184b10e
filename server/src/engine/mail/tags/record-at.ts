import type { Zone, ZoneRecord } from '../../zone/model';
import { mailKindOfOwner, type MailKindInfo } from './mail-kinds';
import { tagListOf } from './mail-records';
import type { TagList } from './tag-list';

export interface MailRecordAt {
  record: ZoneRecord;
  info: MailKindInfo;
  tags: TagList;
  /** Value position of the offset, -1 when the offset is outside the TXT strings. */
  position: number;
}

/** The DKIM/DMARC/MTA-STS/TLS-RPT/BIMI TXT record of the checked file that holds `offset`. */
export function mailRecordAt(zone: Zone, offset: number): MailRecordAt | undefined {
  const record = zone.records.find((r) => r.file === zone.file && r.span.start <= offset && offset <= r.span.end);
  if (!record || record.type !== 'TXT' || !record.txt) return undefined;
  const info = mailKindOfOwner(record.owner.fqdn);
  const tags = tagListOf(record);
  if (!info || !tags) return undefined;
  return { record, info, tags, position: valuePosition(record, offset) };
}

function valuePosition(record: ZoneRecord, offset: number): number {
  const txt = record.txt!;
  const at = txt.value.fromSource(offset);
  if (at >= 0) return at;
  // An empty string "" maps no characters: its inside is position 0.
  const first = txt.strings[0];
  if (txt.value.length === 0 && first && offset > first.span.start && offset < first.span.end) return 0;
  return -1;
}
