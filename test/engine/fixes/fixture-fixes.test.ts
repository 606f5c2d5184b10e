import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import type { EngineDiagnostic, Fix } from '../../../server/src/engine/diagnostics';
import { applyEdits, stripSnippet } from '../../../server/src/engine/fixes/apply-edits';
import { fixAll } from '../../../server/src/engine/fixes/fix-all';
import { Analysis } from '../../../server/src/engine/service';
import type { Zone } from '../../../server/src/engine/zone/model';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { listFixtures, type Fixture } from '../../support/fixture-files';
import { recordKey, recordsByKey, takeRecord } from './record-keys';

/**
 * Issue 4's safety net, over every fixture: each fix offered removes its diagnostic, brings no new error,
 * and leaves every line and record it does not edit as it was; fix-all settles, and a second fix-all
 * changes nothing. It grows stronger with every fixture and fix the rule authors add.
 */
describe('fixes on the fixtures', () => {
  const fixtures = listFixtures();
  const withFixes = fixtures
    .map((fixture) => ({ fixture, analysis: analyse(fixture, new Map([[fixture.path, fixture.text]])) }))
    .filter(({ analysis }) => analysis.diagnostics.some((d) => d.fixes.length > 0));

  it('finds fixtures to check', () => assert.ok(fixtures.length > 0));

  for (const { fixture, analysis } of withFixes) {
    describe(fixture.relative, () => {
      const before = analysis.diagnostics;
      for (const diagnostic of before) {
        diagnostic.fixes.forEach((fix, n) => {
          it(`${diagnostic.rule} @${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} fix ${n + 1} "${fix.title}"`, () => {
            checkOneFix(fixture, analysis, diagnostic, fix);
          });
        });
      }
      it('fix-all settles and a second fix-all changes nothing', () => {
        const lint = (texts: ReadonlyMap<string, string>) => analyse(fixture, texts).diagnostics;
        const read = (path: string) => readOrUndefined(path);
        const first = fixAll(new Map([[fixture.path, fixture.text]]), lint, { read });
        assert.ok(first.stable, `fix-all did not settle after ${first.passes} passes`);
        const second = fixAll(first.texts, lint, { read });
        assert.deepEqual(second.changed, [], 'the second fix-all changed the text again');
        assertNoNewErrors(before, lint(first.texts));
      });
    });
  }
});

function checkOneFix(fixture: Fixture, analysis: Analysis, diagnostic: EngineDiagnostic, fix: Fix): void {
  const texts = new Map([[fixture.path, fixture.text]]);
  const byPath = new Map<string, Fix['edits']>();
  for (const edit of fix.edits) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit]);
  for (const [path, edits] of byPath) {
    const original = texts.get(path) ?? readOrUndefined(path);
    assert.ok(original !== undefined, `fix edits ${path}, which cannot be read`);
    const plain = fix.snippet ? edits.map((e) => ({ ...e, newText: stripSnippet(e.newText) })) : edits;
    texts.set(path, applyEdits(original, plain));
    assertUntouchedLinesKept(original, texts.get(path)!, plain.map((e) => e.range));
  }
  const after = analyse(fixture, texts);
  const count = (list: readonly EngineDiagnostic[]) => list.filter((d) => d.rule === diagnostic.rule && d.path === diagnostic.path).length;
  assert.ok(count(after.diagnostics) < count(analysis.diagnostics), `${diagnostic.rule} is still reported after "${fix.title}"`);
  assertNoNewErrors(analysis.diagnostics, after.diagnostics);
  if (fixture.language === 'zone') assertUntouchedRecordsKept(analysis, after, fix);
}

/** No rule reports more errors than before (messages may quote shifted line numbers, so count by rule). */
function assertNoNewErrors(before: readonly EngineDiagnostic[], after: readonly EngineDiagnostic[]): void {
  const tally = (list: readonly EngineDiagnostic[]) => {
    const counts = new Map<string, number>();
    for (const d of list) if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    return counts;
  };
  const was = tally(before);
  for (const [rule, n] of tally(after)) {
    assert.ok(n <= (was.get(rule) ?? 0), `new error ${rule}: ${after.find((d) => d.rule === rule && d.severity === 'error')?.message}`);
  }
}

/** Every line no edit touches is still there, in order. */
function assertUntouchedLinesKept(before: string, after: string, ranges: Array<Fix['edits'][number]['range']>): void {
  const touched = (line: number) => ranges.some((r) => line >= r.start.line && line <= r.end.line);
  const kept = before.split(/\r\n|\r|\n/).filter((_, i) => !touched(i));
  const now = after.split(/\r\n|\r|\n/);
  let at = 0;
  for (const line of kept) {
    while (at < now.length && now[at] !== line) at++;
    assert.ok(at < now.length, `the untouched line ${JSON.stringify(line)} is gone`);
    at++;
  }
}

/** Every record the fix's edits do not overlap parses to the same owner, type, TTL and data afterwards. */
function assertUntouchedRecordsKept(before: Analysis, after: Analysis, fix: Fix): void {
  const zoneBefore = before.model as Zone | undefined;
  const zoneAfter = after.model as Zone | undefined;
  if (!zoneBefore || !zoneAfter) return;
  const overlaps = (record: Zone['records'][number]) =>
    fix.edits.some((edit) => {
      if (edit.path !== record.file.path) return false;
      const span = record.file.spanOf(edit.range);
      return span.start <= record.span.end && record.span.start <= span.end;
    });
  const remaining = recordsByKey(zoneAfter.records);
  for (const record of zoneBefore.records) {
    if (!overlaps(record)) takeRecord(remaining, record, `record ${recordKey(record)} changed or disappeared`);
  }
}

function analyse(fixture: Fixture, texts: ReadonlyMap<string, string>): Analysis {
  const reader = createFsReader({ overlay: new Map(texts) });
  return new Analysis({ path: fixture.path, text: texts.get(fixture.path)!, language: fixture.language }, { settings: fixture.settings, reader });
}

function readOrUndefined(path: string): string | undefined {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
