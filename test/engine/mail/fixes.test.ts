import { strict as assert } from 'node:assert';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';
import { applyEdits, stripSnippet } from '../../../server/src/engine/fixes';
import { checkDocument } from '../../../server/src/engine/service';

const HEAD = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@       IN SOA ns1.example.net. hostmaster.example.com. 2026112301 7200 3600 1209600 3600',
  '@       IN NS  ns1.example.net.',
  '@       IN NS  ns2.example.net.',
  '',
].join('\n');
const PATH = '/zones/example.com.zone';

function lint(text: string): EngineDiagnostic[] {
  return checkDocument({ path: PATH, text, language: 'zone' }, { settings: { now: new Date('2026-11-23T00:00:00Z') } }).diagnostics;
}

/**
 * Applies the first fix of the first `rule` diagnostic and checks what every fix must keep: the diagnostic is
 * gone, no new error appears, and the lines the fix did not touch are unchanged.
 */
function applyFix(body: string, rule: string, fixIndex = 0): { before: string; after: string; title: string } {
  const before = HEAD + body;
  const diagnostics = lint(before);
  const target = diagnostics.find((d) => d.rule === rule);
  assert.ok(target, `${rule} did not fire on:\n${body}`);
  const fix = target.fixes[fixIndex];
  assert.ok(fix, `${rule} offered no fix`);
  const edits = fix.edits.map((edit) => ({ ...edit, newText: fix.snippet ? stripSnippet(edit.newText) : edit.newText }));
  const after = applyEdits(before, edits);
  const left = lint(after);
  assert.ok(!left.some((d) => d.rule === rule && d.message === target.message), `${rule} still fires after "${fix.title}":\n${after}`);
  const errorsBefore = diagnostics.filter((d) => d.severity === 'error').length;
  const newErrors = left.filter((d) => d.severity === 'error' && !diagnostics.some((b) => b.rule === d.rule));
  assert.deepEqual(newErrors.map((d) => `${d.rule}: ${d.message}`), [], `new errors after "${fix.title}"`);
  assert.ok(left.filter((d) => d.severity === 'error').length <= errorsBefore);
  assert.ok(after.startsWith(HEAD), 'the lines before the record are unchanged');
  return { before, after, title: fix.title };
}

const DMARC = '_dmarc  IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"\n';
const SPF = '@       IN TXT "v=spf1 mx -all"\n';

describe('mail quick fixes', () => {
  it('moves v=DMARC1 to the front', () => {
    const { after } = applyFix('_dmarc IN TXT "p=none; v=DMARC1; rua=mailto:d@example.com"\n', 'dmarc/version-not-first');
    assert.match(after, /_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:d@example\.com"\n$/);
  });

  it('inserts a forgotten ";" after the version, keeping the tags glued to it', () => {
    const { after } = applyFix('_dmarc IN TXT "v=DMARC1 p=reject; rua=mailto:d@example.com"\n', 'dmarc/version-not-first');
    assert.match(after, /_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@example\.com"\n$/);
  });

  it('adds the missing mailto: and nothing else', () => {
    const { after } = applyFix('_dmarc IN TXT "v=DMARC1; p=none; rua=d@example.com"\n', 'dmarc/report-uri');
    assert.match(after, /rua=mailto:d@example\.com"\n$/);
  });

  it('replaces pct below 100 with t=y and removes ri', () => {
    const body = '_dmarc IN TXT "v=DMARC1; p=quarantine; pct=25; ri=3600"\n';
    assert.match(applyFix(body, 'dmarc/removed-tag').after, /"v=DMARC1; p=quarantine; t=y; ri=3600"/);
    const once = applyFix(body, 'dmarc/removed-tag').after;
    const twice = applyFix(once.slice(HEAD.length), 'dmarc/removed-tag').after;
    assert.match(twice, /"v=DMARC1; p=quarantine; t=y"/);
  });

  it('adds a starter DMARC record with a report-address placeholder for a domain with MX', () => {
    const before = HEAD + '@       IN MX 10 mx1.mail.example.net.\n' + SPF;
    const diagnostic = lint(before).find((d) => d.rule === 'mx/missing-dmarc');
    assert.ok(diagnostic);
    const fix = diagnostic.fixes[0]!;
    assert.equal(fix.snippet, true);
    assert.match(fix.edits[0]!.newText, /_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:\$\{1:dmarc-reports@example\.com\}"/);
    const { after } = applyFix('@       IN MX 10 mx1.mail.example.net.\n' + SPF, 'mx/missing-dmarc');
    assert.ok(!lint(after).some((d) => d.rule.startsWith('dmarc/')), 'the starter record is a valid DMARC record');
  });

  it('replaces a mail host entered as a CNAME with an MX record', () => {
    const { after } = applyFix('mail    IN CNAME mx1.qiye.aliyun.com.\n', 'mx/cname-at-mail-name');
    assert.match(after, /\nmail    IN MX    10 mx1\.qiye\.aliyun\.com\.\n$/);
  });

  it('points an MX given as an address at the zone host with that address', () => {
    const { after } = applyFix('@       IN MX 10 192.0.2.10.\nmail    IN A 192.0.2.10\n' + SPF + DMARC, 'mx/target-is-address');
    assert.match(after, /@       IN MX 10 mail\n/);
  });

  it('removes the other MX records next to a null MX', () => {
    const body = '@       IN MX 0 .\n@       IN MX 10 mx1.mail.example.net.\n@       IN MX 20 mx2.mail.example.net.\n@       IN TXT "v=spf1 -all"\n' + DMARC;
    const { after } = applyFix(body, 'mx/null-mx-not-alone');
    assert.ok(!/mx1|mx2/.test(after));
    assert.match(after, /@       IN MX 0 \.\n@       IN TXT "v=spf1 -all"\n/);
  });

  it('keeps the owner of a record that inherited it from a removed MX', () => {
    const body = 'shop    IN MX 10 mx1.mail.example.net.\n        IN MX 20 mx2.mail.example.net.\n        IN MX 0 .\n        IN TXT "v=spf1 -all"\n_dmarc.shop IN TXT "v=DMARC1; p=reject"\n';
    const { after } = applyFix(body, 'mx/null-mx-not-alone');
    assert.ok(after.endsWith('shop IN MX 0 .\n        IN TXT "v=spf1 -all"\n_dmarc.shop IN TXT "v=DMARC1; p=reject"\n'), after);
  });

  it('pairs a null MX with v=spf1 -all', () => {
    const { after } = applyFix('@       IN MX 0 .\n', 'mx/null-mx-without-spf');
    assert.match(after, /@       IN MX 0 \.\n@ IN TXT "v=spf1 -all"\n/);
  });

  it('sets the RFC 6186 port of a mail SRV record', () => {
    const { after } = applyFix('mail IN A 192.0.2.10\n_submission._tcp IN SRV 0 1 465 mail\n', 'srv/wrong-port');
    assert.match(after, /_submission\._tcp IN SRV 0 1 587 mail\n/);
  });

  it('moves v=STSv1 to the front of an MTA-STS record', () => {
    const { after } = applyFix('mta-sts IN A 192.0.2.20\n_mta-sts IN TXT "id=1; v=STSv1"\n', 'mtasts/version');
    assert.match(after, /_mta-sts IN TXT "v=STSv1; id=1"/);
  });
});
