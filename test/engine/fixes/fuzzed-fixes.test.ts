import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import type { Fix } from '../../../server/src/engine/diagnostics';
import { applyEdits, stripSnippet } from '../../../server/src/engine/fixes/apply-edits';
import { fixAll } from '../../../server/src/engine/fixes/fix-all';
import { Analysis } from '../../../server/src/engine/service';
import type { Zone } from '../../../server/src/engine/zone/model';
import { emptyReader } from '../../../server/src/engine/workspace';
import { listFixtures, type Fixture } from '../../support/fixture-files';
import { recordKey, recordsByKey, takeRecord } from './record-keys';

/**
 * Issue 8's "fixes never lose bytes", on mutated fixtures: whatever the input, a fix's edits do not overlap,
 * every line and record it does not touch survives it, and fix-all terminates (and, once settled, a second
 * fix-all changes nothing). Seeded, so a failure reproduces.
 */
describe('fixes on fuzzed fixtures', () => {
  const fixtures = listFixtures().filter((f) => analyse(f, f.text).diagnostics.some((d) => d.fixes.length > 0));

  it('keep untouched lines and records, and fix-all terminates', function () {
    this.timeout(120000);
    if (fixtures.length === 0) this.skip();
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', '(', ')', ';', '\\', ' ', '\t', '\r\n', '.', 'é', '\u{1F600}', '{', '}', '#') }),
    );
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const fixture = fixtures[index]!;
        const text = mutations.reduce(mutate, fixture.text);
        const analysis = analyse(fixture, text);
        for (const diagnostic of analysis.diagnostics.slice(0, 12)) {
          for (const fix of diagnostic.fixes) checkFix(fixture, analysis, text, fix);
        }
        const lint = (texts: ReadonlyMap<string, string>) => analyse(fixture, texts.get(fixture.path)!).diagnostics;
        const first = fixAll(new Map([[fixture.path, text]]), lint, { maxPasses: 6 });
        assert.ok(first.passes <= 6);
        if (first.stable) assert.deepEqual(fixAll(first.texts, lint).changed, []);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

type Mutation =
  | { kind: 'duplicate' | 'delete'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string };

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = m.at % lines.length;
  if (m.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
  else if (m.kind === 'delete') lines.splice(i, 1);
  else if (m.kind === 'swap') {
    const j = m.with % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
}

function checkFix(fixture: Fixture, analysis: Analysis, text: string, fix: Fix): void {
  const edits = fix.edits.filter((e) => e.path === fixture.path).map((e) => ({ ...e, newText: fix.snippet ? stripSnippet(e.newText) : e.newText }));
  const after = applyEdits(text, edits);
  const touched = (line: number) => edits.some((e) => line >= e.range.start.line && line <= e.range.end.line);
  const now = after.split(/\r\n|\r|\n/);
  let at = 0;
  for (const line of text.split(/\r\n|\r|\n/).filter((_, i) => !touched(i))) {
    while (at < now.length && now[at] !== line) at++;
    assert.ok(at < now.length, `"${fix.title}" lost the line ${JSON.stringify(line)}`);
    at++;
  }
  if (fixture.language !== 'zone') return;
  const zone = analysis.model as Zone;
  const reparsed = analyse(fixture, after).model as Zone;
  const remaining = recordsByKey(reparsed.records);
  for (const record of zone.records) {
    if (record.file.path !== fixture.path) continue;
    const hit = edits.some((e) => {
      const span = record.file.spanOf(e.range);
      return span.start <= record.span.end && record.span.start <= span.end;
    });
    if (!hit) takeRecord(remaining, record, `"${fix.title}" changed the record ${recordKey(record)}`);
  }
}

function analyse(fixture: Fixture, text: string): Analysis {
  return new Analysis({ path: fixture.path, text, language: fixture.language }, { settings: fixture.settings, reader: emptyReader });
}
