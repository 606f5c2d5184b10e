import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { checkDocument } from '../server/src/engine/service';
import { createFsReader } from '../server/src/node/fs-reader';
import { compare, describeDiagnostic, describeExpectation, parseExpectations } from './support/annotations';
import { listFixtures } from './support/fixture-files';

describe('fixtures (caret annotations)', () => {
  const fixtures = listFixtures();
  it('finds fixtures', () => assert.ok(fixtures.length > 0));
  for (const fixture of fixtures) {
    it(fixture.relative, () => {
      const result = checkDocument(
        { path: fixture.path, text: fixture.text, language: fixture.language },
        { settings: fixture.settings, reader: createFsReader() },
      );
      const byPath = new Map<string, typeof result.diagnostics>();
      for (const d of result.diagnostics) byPath.set(d.path, [...(byPath.get(d.path) ?? []), d]);
      const paths = new Set([fixture.path, ...byPath.keys()]);
      const problems: string[] = [];
      for (const p of paths) {
        const text = p === fixture.path ? fixture.text : fs.readFileSync(p, 'utf8');
        const { missing, unexpected } = compare(parseExpectations(text), byPath.get(p) ?? []);
        for (const e of missing) problems.push(`${p}: expected ${describeExpectation(e)}`);
        for (const d of unexpected) problems.push(`${p}: unexpected ${describeDiagnostic(d)}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});
