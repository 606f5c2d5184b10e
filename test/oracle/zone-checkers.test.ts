import { strict as assert } from 'node:assert';
import { checkDocument } from '../../server/src/engine/service';
import { createFsReader } from '../../server/src/node/fs-reader';
import { FIXTURES, listFixtures } from '../support/fixture-files';
import { checkerInstalled, runChecker, zoneCheckers } from './zone-checkers';
import { fixtureOrigin } from './zone-origin';

/**
 * BIND's named-checkzone, Knot's kzonecheck and NSD's nsd-checkzone as oracles: every zone fixture one of them
 * refuses to load must get at least one MailZone error. (The other direction is not checked: MailZone is
 * deliberately stricter about mail records, SOA timers, serials, …)
 */
const fixtures = listFixtures().filter((fixture) => fixture.language === 'zone');

function mailzoneErrors(fixture: (typeof fixtures)[number]): string[] {
  const result = checkDocument(
    { path: fixture.path, text: fixture.text, language: 'zone' },
    { settings: fixture.settings, reader: createFsReader({ root: FIXTURES }) },
  );
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
}

for (const checker of zoneCheckers) {
  describe(`oracle: what ${checker.command} rejects, MailZone reports as an error`, () => {
    before(() => {
      assert.ok(checkerInstalled(checker), `${checker.command} is not installed (Debian package ${checker.debianPackage}; .ci/run installs it)`);
    });

    it('has zone fixtures to compare', () => assert.ok(fixtures.length > 20));

    it('lists only deliberate differences that still exist', () => {
      const known = new Set(fixtures.map((fixture) => fixture.relative));
      assert.deepEqual(Object.keys(checker.deliberateDifferences).filter((relative) => !known.has(relative)), []);
    });

    for (const fixture of fixtures) {
      it(fixture.relative, () => {
        const verdict = runChecker(checker, fixture.path, fixtureOrigin(fixture.text));
        const reason = checker.deliberateDifferences[fixture.relative];
        if (verdict.loaded) {
          assert.equal(reason, undefined, `listed as a deliberate difference but ${checker.command} now loads it`);
          return;
        }
        const errors = mailzoneErrors(fixture);
        if (reason) {
          assert.deepEqual(errors, [], `listed as a deliberate difference (${reason}) but MailZone now reports errors`);
          return;
        }
        assert.ok(errors.length > 0, `${checker.command} rejects this file but MailZone reports no error:\n${verdict.output}`);
      });
    }
  });
}
