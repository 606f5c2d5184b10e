import { strict as assert } from 'node:assert';
import { HEAD, lintZone, ofRule } from './lint-zone';

/** Findings the caret fixtures cannot express (column 0, end of file, file names). */
describe('zone rules: findings at places fixtures cannot annotate', () => {
  it('missing-soa stays quiet on files meant for $INCLUDE', () => {
    const records = 'www     IN A    192.0.2.10\n';
    assert.equal(ofRule(lintZone(records, { path: '/zones/example.com.zone', settings: {} }), 'zone/missing-soa').length, 1);
    assert.deepEqual(ofRule(lintZone(records, { path: '/zones/hosts.inc' }), 'zone/missing-soa'), []);
    assert.deepEqual(ofRule(lintZone(records, { path: '/zones/included/hosts.zone' }), 'zone/missing-soa'), []);
  });

  it('records of an $INCLUDEd file are reported in that file', () => {
    const main = `${HEAD}$INCLUDE /zones/hosts.inc\n`;
    const found = lintZone(main, { files: { '/zones/hosts.inc': 'www     IN A    192.0.2.10\nwww     IN A    192.0.2.10\n' } });
    const [duplicate] = ofRule(found, 'zone/duplicate-record');
    assert.ok(duplicate);
    assert.equal(duplicate.path, '/zones/hosts.inc');
    assert.equal(duplicate.range.start.line, 1);
  });

  it('an unknown directive is reported at the directive', () => {
    const [finding] = ofRule(lintZone(`${HEAD}$ORIGN example.com.\n`), 'zone/bad-directive');
    assert.ok(finding);
    assert.deepEqual(finding.range.start, { line: 7, character: 0 });
  });

  it('a missing final newline is reported at the end of the file', () => {
    const text = HEAD.trimEnd();
    const [finding] = ofRule(lintZone(text), 'zone/no-final-newline');
    assert.ok(finding);
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(lintZone(`${text}\n`), []);
  });

  it('soa-serial follows the injected clock', () => {
    const future = HEAD.replace('2026112301', '2026120101');
    assert.equal(ofRule(lintZone(future), 'zone/soa-serial').length, 1);
    assert.deepEqual(ofRule(lintZone(future, { settings: { now: new Date('2026-12-01T12:00:00Z') } }), 'zone/soa-serial'), []);
  });

  it('words come in Simplified Chinese when asked', () => {
    const [finding] = ofRule(lintZone(`${HEAD}www     IN CNAME web\nwww     IN TXT  "x"\nweb     IN A 192.0.2.1\n`, { settings: { locale: 'zh-cn' } }), 'zone/cname-and-other-data');
    assert.ok(finding);
    assert.match(finding.message, /别名/);
  });
});
