import { strict as assert } from 'node:assert';
import type { EngineDiagnostic, Fix } from '../../../server/src/engine/diagnostics';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { fixAll, fixAllEdits } from '../../../server/src/engine/fixes/fix-all';
import { selectFixes } from '../../../server/src/engine/fixes/select-fixes';
import { SourceFile } from '../../../server/src/engine/text/source';

const PATH = '/z/example.com.zone';

/** A toy lint: every `inlcude:` is a diagnostic whose preferred fix rewrites it to `include:`. */
function typoLint(word: string, replacement: string, preferred = true) {
  return (texts: ReadonlyMap<string, string>): EngineDiagnostic[] => {
    const text = texts.get(PATH)!;
    const file = new SourceFile(PATH, text);
    const out: EngineDiagnostic[] = [];
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const range = file.rangeOf({ start: at, end: at + word.length });
      const fix: Fix = { title: `Replace with ${replacement}`, preferred, edits: [{ path: PATH, range, newText: replacement }] };
      out.push(diagnostic(range, [fix]));
    }
    return out;
  };
}

function diagnostic(range: EngineDiagnostic['range'], fixes: Fix[], path = PATH): EngineDiagnostic {
  return { rule: 'spf/unknown-mechanism', severity: 'error', message: 'm', path, range, fixes, docUrl: '' };
}

describe('fixes/selectFixes', () => {
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
  const part = { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } };
  const later = { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } };
  const fix = (range: typeof whole, newText: string, extra: Partial<Fix> = {}): Fix => ({
    title: newText,
    preferred: true,
    edits: [{ path: PATH, range, newText }],
    ...extra,
  });

  it('takes preferred fixes only, and skips snippet fixes that need the user', () => {
    const picked = selectFixes([
      diagnostic(whole, [fix(whole, 'alt', { preferred: false })]),
      diagnostic(later, [fix(later, 'snip', { snippet: true })]),
    ]);
    assert.equal(picked.fixes.length, 0);
  });

  it('leaves out a fix overlapping an earlier pick and takes identical fixes once', () => {
    const picked = selectFixes([
      diagnostic(whole, [fix(whole, 'A')]),
      diagnostic(part, [fix(part, 'B')]),
      diagnostic(later, [fix(later, 'C')]),
      diagnostic(later, [fix(later, 'C')]),
    ]);
    assert.deepEqual(picked.fixes.map((f) => f.title), ['A', 'C']);
    assert.equal(picked.editsByPath.get(PATH)!.length, 2);
  });

  it('skips fixes touching files it may not edit', () => {
    const other = { ...fix(later, 'X'), edits: [{ path: '/elsewhere', range: later, newText: 'X' }] };
    assert.equal(selectFixes([diagnostic(later, [other])], (p) => p === PATH).fixes.length, 0);
  });
});

describe('fixes/fixAll', () => {
  it('fixes every occurrence and reaches a stable text; a second run changes nothing', () => {
    const text = '@ TXT "v=spf1 inlcude:a inlcude:b -all"\nx TXT "inlcude:c"\n';
    const lint = typoLint('inlcude:', 'include:');
    const first = fixAll(new Map([[PATH, text]]), lint);
    const fixed = first.texts.get(PATH)!;
    assert.equal(fixed, '@ TXT "v=spf1 include:a include:b -all"\nx TXT "include:c"\n');
    assert.equal(first.stable, true);
    assert.deepEqual(first.changed, [PATH]);
    const second = fixAll(new Map([[PATH, fixed]]), lint);
    assert.deepEqual(second.changed, []);
    assert.equal(second.applied.length, 0);
  });

  it('needs several passes when fixes overlap, and converges', () => {
    // `aaaa` → each `aa` becomes `a`; overlapping matches are deferred to the next pass.
    const text = 'aaaaaaaa';
    const result = fixAll(new Map([[PATH, text]]), typoLint('aa', 'a'));
    assert.equal(result.texts.get(PATH), 'a');
    assert.ok(result.passes > 1);
    assert.equal(result.stable, true);
  });

  it('stops at the bound when two fixes undo each other', () => {
    const flip = (texts: ReadonlyMap<string, string>) => {
      const text = texts.get(PATH)!;
      const from = text.includes('-all') ? '-all' : '~all';
      return typoLint(from, from === '-all' ? '~all' : '-all')(texts);
    };
    const result = fixAll(new Map([[PATH, 'v=spf1 -all']]), flip, { maxPasses: 50 });
    assert.equal(result.stable, false);
    assert.ok(result.passes <= 3, `looped ${result.passes} times`);
  });

  it('edits an included file read on demand and reports it as changed', () => {
    const inc = '/z/included.inc';
    const lint = (texts: ReadonlyMap<string, string>): EngineDiagnostic[] => {
      const text = texts.get(inc);
      if (text === undefined) {
        const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
        return [diagnostic(range, [{ title: 't', preferred: true, edits: [{ path: inc, range, newText: 'new' }] }], inc)];
      }
      return text.startsWith('new') ? [] : typoLint('old', 'new')(new Map([[PATH, text]])).map((d) => ({ ...d, path: inc, fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, path: inc })) })) }));
    };
    const result = fixAll(new Map([[PATH, 'main']]), lint, { read: (p) => (p === inc ? 'old rest' : undefined) });
    assert.equal(result.texts.get(inc), 'new rest');
    assert.deepEqual(result.changed, [inc]);
  });

  it('fixAllEdits returns one edit per file that turns the original into the fixed text', () => {
    const text = 'x inlcude:a\ny\nz inlcude:b\n';
    const edits = fixAllEdits(PATH, text, typoLint('inlcude:', 'include:'));
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(text, edits), 'x include:a\ny\nz include:b\n');
  });
});
