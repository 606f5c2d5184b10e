import { phrase } from '../../catalog/catalogue';
import type { TextEdit } from '../../diagnostics';
import type { ZoneRecord } from '../../zone/model';
import type { ZoneRule } from '../rule';
import { locate } from '../../mail/spf/edits';
import { spfRecords, type SpfRecordInfo } from '../../mail/spf/records';
import { itemsWhere, txtRecords } from '../../mail/tags/mail-records';
import { MAX_STRING_OCTETS, txtPieces } from '../../mail/txt/strings';

/**
 * The strings of a TXT record are joined with nothing between them (RFC 7208 §3.3), so
 * `"v=spf1 a" "-all"` reads `v=spf1 a-all`. Reported where a term only breaks because of a join, and
 * when `"v=spf1" "…"` glues the version to the first term (the record then is not SPF at all).
 * The fix puts the missing space at the end of the first string (or the start of the next when full).
 */
export const spfBrokenJoin: ZoneRule = {
  id: 'spf/broken-join',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 7208 §3.3',
  fixable: true,
  check(zone, report, env) {
    const title = phrase('spf.fix.addSpaceAtJoin', {}, env.settings.locale);
    for (const info of itemsWhere(zone, spfRecords, hasBrokenJoins)) {
      for (const join of info.brokenJoins) {
        const term = info.parse.terms[join.term]!;
        const value = info.parse.value;
        const edit = spaceAtJoin(info.record, join.at);
        report({
          ...locate(zone, info, term.range),
          args: { term: value.slice(term.range.start, term.range.end), left: value.slice(term.range.start, join.at), right: value.slice(join.at, term.range.end) },
          fixes: edit ? [{ title, edits: [edit], preferred: true }] : [],
        });
      }
    }
    for (const record of itemsWhere(zone, txtRecords, versionGlued)) {
      const value = record.txt!.value;
      const edit = spaceAtJoin(record, 6);
      const span = value.toSource(0, value.value.indexOf(' ') < 0 ? value.length : value.value.indexOf(' '));
      const path = record.file === zone.file ? {} : { path: record.file.path };
      report({ span, ...path, messageId: 'version', args: { text: value.value.split(' ')[0]! }, fixes: edit ? [{ title, edits: [edit], preferred: true }] : [] });
    }
  },
};

function hasBrokenJoins(info: SpfRecordInfo): boolean {
  return info.brokenJoins.length > 0;
}

/** `"v=spf1" "…"`: the version glued to the first term by a join. A fact of the record alone. */
function versionGlued(record: ZoneRecord): boolean {
  const value = record.txt?.value;
  if (record.type !== 'TXT' || !value || !/^v=spf1[^ ]/i.test(value.value)) return false;
  return txtPieces(record).some((p) => p.start === 6);
}

/** Inserts a space at value position `at`, a join: inside the earlier string unless it is full. */
function spaceAtJoin(record: ZoneRecord, at: number): TextEdit | undefined {
  const pieces = txtPieces(record);
  const before = pieces.find((p) => p.end === at && p.end > p.start);
  const after = pieces.find((p) => p.start === at && p.end > p.start);
  const value = record.txt!.value;
  if (before && before.string.quoted && before.string.octets < MAX_STRING_OCTETS) {
    const offset = value.toSource(at - 1, at).end;
    return { path: record.file.path, range: record.file.rangeOf({ start: offset, end: offset }), newText: ' ' };
  }
  if (after && after.string.quoted && after.string.octets < MAX_STRING_OCTETS) {
    const offset = value.sourceOffset(at);
    return { path: record.file.path, range: record.file.rangeOf({ start: offset, end: offset }), newText: ' ' };
  }
  return undefined;
}
