import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/engine/service';
import { createFsReader } from '../../server/src/node/fs-reader';
import { FIXTURES, listFixtures } from '../support/fixture-files';
import { fixtureOrigin } from './zone-origin';

/**
 * BIND's named-checkzone as an oracle: every zone fixture it refuses to load must get at least one MailZone
 * error. (The other direction is not checked: MailZone is deliberately stricter about mail records, SOA timers,
 * serials, …)
 */

/** Fixtures BIND rejects where MailZone, on purpose, reports no error. Path relative to test/fixtures. */
const DELIBERATE_DIFFERENCES: Record<string, string> = {};

const NAMED_CHECKZONE = 'named-checkzone';

interface OracleVerdict {
  loaded: boolean;
  output: string;
}

function runNamedCheckzone(file: string, origin: string): OracleVerdict {
  // Run in the fixture's folder: BIND resolves $INCLUDE against its working directory, MailZone against the
  // including file, and for fixtures the two are the same folder.
  const result = spawnSync(NAMED_CHECKZONE, [origin, path.basename(file)], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  const output = `${result.stdout}${result.stderr}`.trim();
  return { loaded: result.status === 0, output };
}

function oracleAvailable(): boolean {
  const probe = spawnSync(NAMED_CHECKZONE, ['-v'], { encoding: 'utf8' });
  return !probe.error;
}

describe('oracle: named-checkzone rejections are MailZone errors', () => {
  const fixtures = listFixtures().filter((fixture) => fixture.language === 'zone');

  before(() => {
    assert.ok(oracleAvailable(), 'named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
  });

  it('has zone fixtures to compare', () => assert.ok(fixtures.length > 20));

  it('lists only deliberate differences that still exist', () => {
    const known = new Set(fixtures.map((fixture) => fixture.relative));
    assert.deepEqual(Object.keys(DELIBERATE_DIFFERENCES).filter((relative) => !known.has(relative)), []);
  });

  for (const fixture of fixtures) {
    it(fixture.relative, () => {
      const verdict = runNamedCheckzone(fixture.path, fixtureOrigin(fixture.text));
      if (verdict.loaded) return;
      const result = checkDocument(
        { path: fixture.path, text: fixture.text, language: 'zone' },
        { settings: fixture.settings, reader: createFsReader({ root: FIXTURES }) },
      );
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const reason = DELIBERATE_DIFFERENCES[fixture.relative];
      if (reason) {
        assert.equal(errors.length, 0, `listed as a deliberate difference (${reason}) but MailZone now reports errors`);
        return;
      }
      assert.ok(errors.length > 0, `named-checkzone rejects this file but MailZone reports no error:\n${verdict.output}`);
    });
  }
});
