import type { Fix, TextEdit } from '../../diagnostics';
import type { ZoneRecord } from '../../zone/model';
import { editIn, quoteTxt } from './edits';
import type { Tag, TagList } from './tag-list';

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

export interface VersionProblem {
  /** `default` (not first), `exact` (misspelt), `noSemicolon` (`v=DMARC1 p=…`), `missing` (no v= tag). */
  messageId: 'default' | 'exact' | 'noSemicolon' | 'missing';
  fix: Fix;
}

/**
 * What is wrong with a record's version tag and the edit that mends it. A forgotten `;` after the version is
 * mended in place, so the tags glued to it are kept; otherwise the record is rewritten with `v=` first.
 */
export function versionProblem(record: ZoneRecord, tags: TagList, version: Tag | undefined, expected: string, title: string): VersionProblem {
  const glued = version && new RegExp(`^${expected}[ \\t]+\\S`).exec(version.value);
  if (version && version.index === 0 && glued) {
    const at = version.valueStart + expected.length;
    const edit = editIn(record, tags.text.toSource(at, at), ';');
    return { messageId: 'noSemicolon', fix: { title, edits: [edit], preferred: true } };
  }
  const others = asTagTexts(tags.tags.filter((tag) => tag !== version));
  const fix = { title, edits: [replaceTxtValue(record, writeTags([{ name: 'v', value: expected }, ...others]))], preferred: true };
  if (!version) return { messageId: 'missing', fix };
  return { messageId: version.index > 0 ? 'default' : 'exact', fix };
}
