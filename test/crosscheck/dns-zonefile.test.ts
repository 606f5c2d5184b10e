import { strict as assert } from 'node:assert';
import zonefile from 'dns-zonefile';
import { defaultSettings } from '../../server/src/engine/settings';
import { SourceFile } from '../../server/src/engine/text/source';
import { singleZoneWorkspace } from '../../server/src/engine/workspace';
import type { Zone } from '../../server/src/engine/zone/model';
import { parseZone } from '../../server/src/engine/zone/parser';
import { createFsReader } from '../../server/src/node/fs-reader';
import { parseExpectations } from '../support/annotations';
import { FIXTURES, listFixtures, type Fixture } from '../support/fixture-files';
import { mailzoneKeys, zonefileKeys } from './comparable-records';

/**
 * dns-zonefile (npm) as a second opinion on MailZone's parse. On every clean zone fixture (no caret
 * annotations, so no diagnostics), the records of the types dns-zonefile knows must be the same records.
 *
 * dns-zonefile is a regex-based generator, wrong on several inputs (REFERENCE §10). A fixture that uses one of
 * them is left out, with the reason; types whose owners it gets wrong are compared without owners.
 */

const MIN_COMPARED = 15;

/** Why dns-zonefile cannot be trusted on this fixture, or undefined when it can. */
function unsupported(fixture: Fixture, zone: Zone): string | undefined {
  const text = fixture.text;
  if (/^\$INCLUDE/im.test(text)) return '$INCLUDE is not followed';
  if (/^\$GENERATE/im.test(text)) return '$GENERATE is not expanded';
  if (!/^\$ORIGIN/im.test(text)) return 'without $ORIGIN it cannot resolve names';
  if ((text.match(/^\$ORIGIN/gim) ?? []).length > 1) return 'it keeps only one $ORIGIN';
  for (const record of zone.records) {
    const source = record.file.text;
    const ttlText = record.ttlSpan && source.slice(record.ttlSpan.start, record.ttlSpan.end);
    if (ttlText && !/^\d+$/.test(ttlText)) return 'TTL units are dropped';
    if (source.slice(record.typeSpan.start, record.typeSpan.end) !== record.type) return 'lower-case keywords are dropped';
    const classText = record.classSpan && source.slice(record.classSpan.start, record.classSpan.end);
    if (classText && classText !== classText.toUpperCase()) return 'lower-case keywords are dropped';
    if (record.classSpan && record.ttlSpan && record.classSpan.start < record.ttlSpan.start) return 'class before TTL is dropped';
    if (record.parens && record.type !== 'SOA') return 'continuation lines of a parenthesised record are lost';
    if (record.type === 'TXT' && record.rdata.some((field) => field.text.includes('\\'))) return 'escapes in TXT are mishandled';
  }
  return undefined;
}

/** Types that have a record with a blank owner: dns-zonefile does not carry the previous owner over. */
function typesWithInheritedOwners(zone: Zone): Set<string> {
  return new Set(zone.records.filter((record) => record.ownerInherited).map((record) => record.type));
}

function parseWithMailZone(fixture: Fixture): Zone {
  const env = { settings: defaultSettings(fixture.settings), workspace: singleZoneWorkspace(createFsReader({ root: FIXTURES })) };
  return parseZone(new SourceFile(fixture.path, fixture.text), { reader: env.workspace.reader });
}

describe('cross-check: dns-zonefile reads the clean fixtures as MailZone does', () => {
  const clean = listFixtures().filter((fixture) => fixture.language === 'zone' && parseExpectations(fixture.text).length === 0);
  const compared: string[] = [];
  const skipped: string[] = [];

  for (const fixture of clean) {
    it(fixture.relative, function () {
      const zone = parseWithMailZone(fixture);
      assert.deepEqual(zone.problems.map((p) => p.rule), [], 'a clean fixture parses without problems');
      const reason = unsupported(fixture, zone);
      if (reason) {
        skipped.push(`${fixture.relative}: ${reason}`);
        this.skip();
      }
      const options = { ownerless: typesWithInheritedOwners(zone) };
      const theirs = zonefileKeys(zonefile.parse(fixture.text), options);
      const ours = mailzoneKeys(zone, options);
      assert.deepEqual(ours, theirs);
      compared.push(fixture.relative);
    });
  }

  after(function () {
    if (skipped.length > 0) console.log(`    dns-zonefile cross-check left out ${skipped.length} fixtures:\n      ${skipped.join('\n      ')}`);
  });

  it(`compares at least ${MIN_COMPARED} fixtures`, () => {
    assert.ok(compared.length >= MIN_COMPARED, `only ${compared.length} fixtures were compared`);
  });
});
