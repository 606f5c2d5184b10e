import { strict as assert } from 'node:assert';
import { HEAD, applyOnlyFix, lintZone, ofRule } from './lint-zone';

describe('zone rule fixes: applying the fix removes the finding', () => {
  it('relative-name-mistake adds the trailing dot to an rdata name', () => {
    const text = `${HEAD}www     IN CNAME web.example.com\nweb     IN A 192.0.2.10\n`;
    const fixed = applyOnlyFix(text, 'zone/relative-name-mistake');
    assert.match(fixed, /^www {5}IN CNAME web\.example\.com\.$/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('relative-name-mistake reports an owner written as a full name, at the owner', () => {
    const text = `${HEAD}www.example.com IN A 192.0.2.10\n`;
    const [finding, ...rest] = ofRule(lintZone(text), 'zone/relative-name-mistake');
    assert.equal(rest.length, 0);
    assert.deepEqual(finding!.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 15 } });
    assert.match(finding!.message, /www\.example\.com\.example\.com\./);
    const fixed = applyOnlyFix(text, 'zone/relative-name-mistake');
    assert.match(fixed, /^www\.example\.com\. IN A/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('relative-name-mistake leaves short relative names alone', () => {
    assert.deepEqual(lintZone(`${HEAD}www     IN CNAME web\nweb     IN A 192.0.2.10\nimg.cdn IN CNAME web\n`), []);
  });

  it('duplicate-record deletes the repeated line', () => {
    const text = `${HEAD}www     IN A    192.0.2.10\nwww     IN A    192.0.2.10 ; copy\nftp     IN A    192.0.2.11\n`;
    const fixed = applyOnlyFix(text, 'zone/duplicate-record');
    assert.equal(fixed, `${HEAD}www     IN A    192.0.2.10\nftp     IN A    192.0.2.11\n`);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('duplicate-record offers no deletion when the next line inherits the owner', () => {
    const text = `${HEAD}www     IN A    192.0.2.10\nftp     IN A    192.0.2.11\nwww     IN A    192.0.2.10\n        IN TXT  "for www"\n`;
    const [finding] = ofRule(lintZone(text), 'zone/duplicate-record');
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
  });

  it('target-is-cname points the NS at the end of the alias chain', () => {
    const text = `${HEAD}@       IN NS   dns\ndns     IN CNAME alias\nalias   IN CNAME ns1\n`;
    const fixed = applyOnlyFix(text, 'zone/target-is-cname');
    assert.match(fixed, /^@ {7}IN NS {3}ns1\.example\.com\.$/m);
    assert.deepEqual(ofRule(lintZone(fixed), 'zone/target-is-cname'), []);
  });

  it('target-is-cname offers no fix for an alias loop', () => {
    const text = `${HEAD}@       IN NS   loop1\nloop1   IN CNAME loop2\nloop2   IN CNAME loop1\n`;
    const [finding] = ofRule(lintZone(text), 'zone/target-is-cname');
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
    assert.match(finding.message, /loops/);
  });

  it('rrset-ttl-mismatch writes the TTL servers keep for the set', () => {
    const text = `${HEAD}www 300 IN A    192.0.2.10\nwww 600 IN A    192.0.2.11\n`;
    const fixed = applyOnlyFix(text, 'zone/rrset-ttl-mismatch');
    assert.match(fixed, /^www 300 IN A {4}192\.0\.2\.11$/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('rrset-ttl-mismatch adds a TTL before the class when the record had none', () => {
    const text = `${HEAD}www 300 IN A    192.0.2.10\nwww     IN A    192.0.2.11\n`;
    const fixed = applyOnlyFix(text, 'zone/rrset-ttl-mismatch');
    assert.match(fixed, /^www {5}300 IN A {4}192\.0\.2\.11$/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('class-mismatch rewrites the class to the zone\'s', () => {
    const fixed = applyOnlyFix(`${HEAD}www     CH A    192.0.2.10\n`, 'zone/class-mismatch');
    assert.match(fixed, /^www {5}IN A {4}192\.0\.2\.10$/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('txt-unquoted-semicolon quotes the whole value, comment part included', () => {
    const text = `${HEAD}note    IN TXT  owner=ops; team=dns\n`;
    const fixed = applyOnlyFix(text, 'zone/txt-unquoted-semicolon');
    assert.match(fixed, /^note {4}IN TXT {2}"owner=ops; team=dns"$/m);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('txt-unquoted-semicolon splits a long value into strings of at most 255 octets inside parentheses', () => {
    const key = 'A'.repeat(400);
    const text = `${HEAD}note    IN TXT  id=7;blob=${key}\n`;
    const fixed = applyOnlyFix(text, 'zone/txt-unquoted-semicolon');
    const strings = [...fixed.slice(HEAD.length).matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(strings.length >= 2);
    assert.ok(strings.every((s) => s.length <= 255));
    assert.equal(strings.join(''), `id=7;blob=${key}`);
    assert.match(fixed, /IN TXT {2}\( "/);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('txt-string-too-long splits the string and the zone then loads clean', () => {
    const text = `${HEAD}long    IN TXT  "${'b'.repeat(300)}"\n`;
    const fixed = applyOnlyFix(text, 'zone/txt-string-too-long');
    const strings = [...fixed.slice(HEAD.length).matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    assert.equal(strings.join(''), 'b'.repeat(300));
    assert.ok(strings.every((s) => s.length <= 255));
    assert.deepEqual(lintZone(fixed), []);
  });
});

describe('fixes for problems the parser reports', () => {
  it('no-final-newline adds the line break', () => {
    const text = HEAD.trimEnd();
    const fixed = applyOnlyFix(text, 'zone/no-final-newline');
    assert.equal(fixed, `${text}\n`);
    assert.deepEqual(lintZone(fixed), []);
  });

  it('no-ttl adds $TTL with the SOA minimum, the TTL BIND used', () => {
    const text = HEAD.replace('$TTL 3600\n', '').replace('1209600 3600', '1209600 900');
    const fixed = applyOnlyFix(text, 'zone/no-ttl');
    assert.ok(fixed.startsWith('$TTL 900\n$ORIGIN example.com.\n'));
    assert.deepEqual(lintZone(fixed), []);
  });
});
