import type { TextEdit } from '../../diagnostics';
import type { ZoneRecord } from '../../zone/model';
import { editIn, quoteTxt } from './edits';
import type { Tag } from './tag-list';

export interface TagText {
  name: string;
  value: string;
}

/** `name=value; name=value` as mail records are usually written. */
export function writeTags(tags: readonly TagText[]): string {
  return tags.map((tag) => `${tag.name}=${tag.value}`).join('; ');
}

export function asTagTexts(tags: readonly Tag[]): TagText[] {
  return tags.map((tag) => ({ name: tag.name, value: tag.value }));
}

/** Replaces a TXT record's strings with `value`, quoted and split into strings of at most 255 octets. */
export function replaceTxtValue(record: ZoneRecord, value: string): TextEdit {
  return editIn(record, record.rdataSpan, quoteTxt(value));
}
