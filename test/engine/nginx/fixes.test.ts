import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { checkDocument } from '../../../server/src/engine/service';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { listFixtures } from '../../support/fixture-files';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';

/** After each nginx fix: the diagnostic it targets is gone, no new error appears, and the other lines are untouched. */
describe('nginx fixes on their fixtures', () => {
  const fixtures = listFixtures().filter((f) => f.language === 'nginx');
  const lint = (path: string, text: string, settings: object) =>
    checkDocument({ path, text, language: 'nginx' }, { settings, reader: overlayReader(path, text) }).diagnostics;
  let fixesTried = 0;

  for (const fixture of fixtures) {
    const before = lint(fixture.path, fixture.text, fixture.settings);
    for (const diagnostic of before.filter((d) => d.fixes.length > 0 && d.path === fixture.path)) {
      for (const fix of diagnostic.fixes) {
        it(`${fixture.relative}:${diagnostic.range.start.line + 1} ${diagnostic.rule}: ${fix.title}`, () => {
          fixesTried++;
          assert.ok(fix.edits.every((e) => e.path === fixture.path), 'edits stay in the fixture');
          const fixed = applyEdits(fixture.text, fix.edits);
          assert.notEqual(fixed, fixture.text);
          const after = lint(fixture.path, fixed, fixture.settings);
          const stillThere = after.filter((d) => d.rule === diagnostic.rule && d.range.start.line === diagnostic.range.start.line);
          assert.deepEqual(stillThere.map(show), [], 'the targeted diagnostic is gone');
          const newErrors = after.filter((d) => d.severity === 'error' && !before.some((b) => b.rule === d.rule && b.message === d.message));
          assert.deepEqual(newErrors.map(show), [], 'no new error');
          const kept = untouchedLines(fixture.text, fix.edits.map((e) => e.range));
          assert.ok(isSubsequence(kept, fixed.split('\n')), 'every line the fix does not touch is unchanged and in order');
        });
      }
    }
  }

  it('offers fixes on the nginx fixtures', () => {
    const withFixes = fixtures.flatMap((f) => lint(f.path, f.text, f.settings)).filter((d) => d.fixes.length > 0);
    assert.ok(withFixes.length >= 10, `only ${withFixes.length} fixable diagnostics`);
    const titles = new Set(withFixes.flatMap((d) => d.fixes.map((f) => f.title)));
    assert.ok([...titles].some((t) => /Mozilla intermediate.*guideline 5\.7/.test(t)), [...titles].join('; '));
  });

  it('names the guideline in Chinese too', () => {
    const fixture = fixtures.find((f) => f.relative.endsWith('insecure-ciphers/fires.conf'))!;
    const zh = checkDocument({ path: fixture.path, text: fixture.text, language: 'nginx' }, { settings: { ...fixture.settings, locale: 'zh-cn' }, reader: createFsReader() });
    const titles = zh.diagnostics.flatMap((d) => d.fixes.map((f) => f.title));
    assert.ok(titles.some((t) => t.includes('Mozilla 中级') && t.includes('5.7')), titles.join('; '));
  });

  after(() => assert.ok(fixesTried > 0));
});

/** The lines no edit touches, in order. */
function untouchedLines(text: string, ranges: { start: { line: number }; end: { line: number } }[]): string[] {
  return text.split('\n').filter((_, i) => !ranges.some((r) => i >= r.start.line && i <= r.end.line));
}

function isSubsequence(needles: string[], haystack: string[]): boolean {
  let at = 0;
  for (const line of haystack) if (at < needles.length && line === needles[at]) at++;
  return at === needles.length;
}

function show(d: EngineDiagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message}`;
}

/** The fs reader, with the fixture's own path answering with the edited text. */
function overlayReader(path: string, text: string) {
  return createFsReader({ overlay: new Map([[path, text]]) });
}

