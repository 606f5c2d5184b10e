import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fixes/index';
import { Analysis } from '../../../server/src/engine/service';
import { defaultSettings, type EngineSettings } from '../../../server/src/engine/settings';
import { singleZoneWorkspace } from '../../../server/src/engine/workspace';
import { IncrementalZoneLint } from '../../../server/src/engine/zone/incremental/session';
import { providerRefactorings, providerSetup, serialBump } from '../../../server/src/lsp/commands';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { FIXTURE_NOW, listFixtures } from '../../support/fixture-files';

// The serial bump and the provider setup read the linted zone of an incrementally linted document (no second
// parse): their edits, made from records in chunks, must be those a full parse gives, in document lines.

interface Pair {
  incremental: Analysis;
  full: Analysis;
}

function analyses(path: string, text: string, extra: Partial<EngineSettings>, chunkLines: number): Pair {
  const settings = defaultSettings({ now: FIXTURE_NOW, ...extra });
  const workspace = singleZoneWorkspace(createFsReader());
  const session = new IncrementalZoneLint(path, { settings, workspace }, chunkLines);
  return {
    incremental: new Analysis({ path, text, language: 'zone' }, { settings, workspace, incremental: session }),
    full: new Analysis({ path, text, language: 'zone' }, { settings, workspace }),
  };
}

/** The line of every edit of `fixes`, to show that some lie below the first chunk. */
function editLines(fixes: ReadonlyArray<{ edits: ReadonlyArray<{ range: { start: { line: number } } }> }>): number[] {
  return fixes.flatMap((fix) => fix.edits.map((edit) => edit.range.start.line));
}

describe('incremental zone lint: commands on the linted zone', function () {
  this.timeout(120_000);

  it('gives the serial bump and the provider setups of a full parse on every zone fixture, with chunks of two lines', () => {
    const fixtures = listFixtures().filter((f) => f.language === 'zone');
    const now = new Date('2026-11-23T12:00:00Z');
    let bumps = 0;
    let setups = 0;
    let deepEdits = 0;
    for (const fixture of fixtures) {
      const { incremental, full } = analyses(fixture.path, fixture.text, fixture.settings, 2);
      const bump = serialBump(incremental, now);
      assert.deepStrictEqual(bump, serialBump(full, now), `${fixture.relative}: serial bump`);
      if (bump) bumps++;
      const lines = fixture.text.split('\n').length;
      for (let line = 0; line < lines; line++) {
        const found = providerRefactorings(incremental, line);
        assert.deepStrictEqual(found, providerRefactorings(full, line), `${fixture.relative}:${line}: provider setups`);
        setups += found.length;
        deepEdits += editLines(found).filter((at) => at > 2).length;
      }
      assert.deepStrictEqual(providerSetup(incremental, 'google'), providerSetup(full, 'google'), `${fixture.relative}: one provider`);
      assert.equal((incremental as unknown as { modelCache: unknown }).modelCache, undefined, `${fixture.relative}: parsed again`);
    }
    assert.ok(bumps > 50 && setups > 100 && deepEdits > 100, JSON.stringify({ bumps, setups, deepEdits }));
  });

  it('merges the provider include into an apex SPF record far from the first chunk', () => {
    const records = Array.from({ length: 40 }, (_, i) => `host${i} IN A 192.0.2.${i + 1}`).join('\n');
    const text = `$ORIGIN example.com.\n$TTL 1h\n@ IN SOA ns1 hm 2024010101 1 2 3 4\n@ IN NS ns1\n${records}\n@ IN TXT "v=spf1 mx -all"\n`;
    const { incremental, full } = analyses('/zones/example.com.zone', text, {}, 3);
    const fix = providerSetup(incremental, 'google')!;
    assert.deepStrictEqual(fix, providerSetup(full, 'google'));
    const merge = fix.edits.find((edit) => edit.newText.startsWith('include:'))!;
    assert.equal(merge.range.start.line, 44, 'the SPF record line of the document');
    assert.match(applyEdits(text, [merge]), /"v=spf1 mx include:\S+ -all"/);
  });
});
