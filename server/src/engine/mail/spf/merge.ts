import type { TextEdit } from '../../diagnostics';
import type { Zone } from '../../zone/model';
import { isMechanism } from './ast';
import { deleteRecordEdits, quotedStrings } from './edits';
import type { SpfRecordInfo } from './records';

/**
 * One SPF value holding every term of `infos` once: mechanisms in order of appearance, then modifiers
 * (the first `redirect=`/`exp=` wins), then the first `all` last, where it belongs (RFC 7208 §5.1).
 */
export function mergedSpfValue(infos: SpfRecordInfo[]): string {
  const seen = new Set<string>();
  const mechanisms: string[] = [];
  const modifiers: string[] = [];
  const knownModifiers = new Set<string>();
  let all: string | undefined;
  for (const info of infos) {
    for (const term of info.parse.terms) {
      const text = info.parse.value.slice(term.range.start, term.range.end);
      if (isMechanism(term, 'all')) {
        all ??= text;
        continue;
      }
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (term.kind === 'mechanism') mechanisms.push(text);
      else if (!term.known) modifiers.push(text);
      else if (!knownModifiers.has(term.known)) {
        knownModifiers.add(term.known);
        modifiers.push(text);
      }
    }
  }
  return ['v=spf1', ...mechanisms, ...modifiers, ...(all ? [all] : [])].join(' ');
}

/** Edits that rewrite the first record as the merged value and delete the others. */
export function mergeEdits(zone: Zone, infos: SpfRecordInfo[]): TextEdit[] {
  const [first, ...others] = infos;
  if (!first?.record.txt) return [];
  const strings = first.record.txt.strings;
  const span = { start: strings[0]!.span.start, end: strings[strings.length - 1]!.span.end };
  const edits: TextEdit[] = [{ path: first.record.file.path, range: first.record.file.rangeOf(span), newText: quotedStrings(mergedSpfValue(infos)).join(' ') }];
  for (const other of others) edits.push(...deleteRecordEdits(zone, other.record));
  return edits;
}
