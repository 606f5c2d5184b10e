import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';
import { Analysis } from '../../../server/src/engine/service';
import { defaultSettings, type EngineSettings } from '../../../server/src/engine/settings';
import { singleZoneWorkspace } from '../../../server/src/engine/workspace';
import { IncrementalZoneLint } from '../../../server/src/engine/zone/incremental/session';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { zoneFolding } from '../../../server/src/engine/zone/folding';
import { zoneLinks } from '../../../server/src/engine/zone/links';
import type { Zone } from '../../../server/src/engine/zone/model';
import { zoneSymbols } from '../../../server/src/engine/zone/symbols';
import { Random } from '../../fuzz/random';
import { FIXTURE_NOW, listFixtures } from '../../support/fixture-files';

// The incremental re-lint must give exactly what a full lint of the same text gives. Each document gets a
// run of seeded random edits (characters typed and deleted, lines copied, deleted and split, words swapped
// for zone keywords); after every edit both lints run and their diagnostics are compared in full: rule,
// message, range, fixes. Small chunks (a few lines) put chunk boundaries everywhere.
const SEED = Number(process.env.MAILZONE_INCREMENTAL_SEED ?? 20261123);

const WORDS = ['@', 'A', 'AAAA', 'MX', 'TXT', 'CNAME', 'NS', 'SOA', 'IN', '3600', '10', '$TTL 300', '$ORIGIN sub.example.com.', '(', ')', '"v=spf1 -all"', '"v=DMARC1; p=none"', 'mail', 'www', 'example.com.', '_dmarc', '*', ';'];
const CHARS = 'abcxyz019.-_ \t"();@$\\\n';

export function randomEdit(text: string, random: Random): string {
  const at = random.int(text.length + 1);
  const roll = random.next();
  if (roll < 0.35) return text.slice(0, at) + random.pick([...CHARS]) + text.slice(at);
  if (roll < 0.55) return text.slice(0, at) + text.slice(Math.min(text.length, at + random.between(1, 5)));
  const lines = text.split('\n');
  const line = random.int(lines.length);
  if (roll < 0.7) lines.splice(line, 0, random.pick(lines));
  else if (roll < 0.8) lines.splice(line, 1);
  else if (roll < 0.9) {
    const words = lines[line]!.split(' ');
    words[random.int(words.length)] = random.pick(WORDS);
    lines[line] = words.join(' ');
  } else lines.splice(line, 0, `${random.pick(['h1', 'mail', 'new', '_dmarc.h1', '', '\t'])} ${random.pick(WORDS)} ${random.pick(WORDS)}`);
  return lines.join('\n');
}

function comparable(list: readonly EngineDiagnostic[]): string[] {
  return list.map((d) => JSON.stringify(d));
}

function settingsFor(extra: Partial<EngineSettings>): EngineSettings {
  return defaultSettings({ now: FIXTURE_NOW, ...extra });
}

interface Run {
  name: string;
  path: string;
  text: string;
  settings: Partial<EngineSettings>;
  edits: number;
  chunkLines: number;
}

/** Runs the edits, comparing after each; returns how many updates were partial (not a re-lint of everything). */
function checkRun(run: Run, random: Random): number {
  const reader = createFsReader();
  const settings = settingsFor(run.settings);
  const workspace = singleZoneWorkspace(reader);
  const session = new IncrementalZoneLint(run.path, { settings, workspace }, run.chunkLines);
  let text = run.text;
  let partial = 0;
  const history: string[] = [];
  for (let step = 0; step <= run.edits; step++) {
    if (step > 0) text = randomEdit(text, random);
    history.push(text);
    const incrementalAnalysis = new Analysis({ path: run.path, text, language: 'zone' }, { settings, workspace, incremental: session });
    const fullAnalysis = new Analysis({ path: run.path, text, language: 'zone' }, { settings, workspace });
    const incremental = incrementalAnalysis.diagnostics;
    const full = fullAnalysis.diagnostics;
    // The outline, folds and links the editor asks for after every edit come from the chunked zone too.
    const outline = (zone: Zone) => JSON.stringify([zoneSymbols(zone), zoneFolding(zone), zoneLinks(zone)]);
    assert.equal(outline(incrementalAnalysis.outlineModel as Zone), outline(fullAnalysis.model as Zone), `${run.name}, edit ${step}: outline, folds or links differ\n${text}`);
    if (!session.stats.everything) partial++;
    const got = comparable(incremental);
    const want = comparable(full);
    if (got.join('\n') !== want.join('\n')) {
      const missing = want.filter((d) => !got.includes(d));
      const extra = got.filter((d) => !want.includes(d));
      assert.fail(
        `${run.name}, edit ${step}: the incremental lint differs from a full lint\n` +
          `missing: ${missing.slice(0, 3).join('\n  ')}\nextra: ${extra.slice(0, 3).join('\n  ')}\n` +
          `text before:\n${history[history.length - 2] ?? ''}\n---- text now:\n${text}`,
      );
    }
  }
  return partial;
}

// Every kind of record the cross-owner rules look at, several of each, so random edits make and break their
// relations: aliases as MX/NS/SRV targets and alias chains, null MX, address MX, SPF include chains and loops,
// DMARC with outside report addresses and their authorizations, MTA-STS, TLS-RPT, BIMI, SRV, wildcards, a
// delegation, a DNAME, and owners inherited from the line before.
const RICH_ZONE = `$ORIGIN example.com.
$TTL 3600
@ IN SOA ns1 hostmaster 2026112301 7200 3600 1209600 3600
@ IN NS ns1
@ IN NS ns2.example.net.
ns1 A 192.0.2.1
@ MX 10 mail
@ MX 20 alias
@ TXT "v=spf1 include:_spf mx a:relay -all"
_spf TXT "v=spf1 include:_spf2 ip4:192.0.2.0/24 ~all"
_spf2 TXT "v=spf1 include:_spf ?all"
mail A 192.0.2.25
 AAAA 2001:db8::25
alias CNAME mail
chain CNAME alias
relay CNAME relay.example.net.
shop MX 10 chain
shop TXT "v=spf1 redirect=_spf"
_dmarc.shop TXT "v=DMARC1; p=none; rua=mailto:d@reports.example.org"
nomail MX 0 .
nomail MX 10 mail
nullmx MX 0 .
addr MX 10 192.0.2.25
_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:x@example.net"
example.net._report._dmarc TXT "v=DMARC1"
_mta-sts TXT "v=STSv1; id=20261123"
mta-sts CNAME mail
_smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls@example.com"
default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg"
s1._domainkey TXT "v=DKIM1; k=ed25519; p=bXe4wNMWVJQK1atfXtGgKO8UOEioAO0qSYa69tZoKLw="
_submission._tcp SRV 0 1 587 mail
_imaps._tcp SRV 0 1 993 alias
*.wild A 192.0.2.9
x.wild MX 10 y.wild
sub NS ns.sub
ns.sub A 192.0.2.53
old DNAME new.example.org.
a.old A 192.0.2.7
www CNAME @
`;

describe('incremental zone lint equals a full lint', function () {
  this.timeout(120_000);

  it('on a generated mail zone, over 150 random edits', async () => {
    const generator = (await import(path.resolve(__dirname, '../../../bench/zone-generator.mjs'))) as {
      mailZoneText(records: number, options?: { seed?: number }): { text: string };
    };
    const { text } = generator.mailZoneText(400);
    checkRun({ name: 'generated 400 records', path: '/tmp/example.com.zone', text, settings: {}, edits: 200, chunkLines: 8 }, new Random(SEED));
    const other = generator.mailZoneText(1500, { seed: 7 }).text;
    checkRun({ name: 'generated 1,500 records', path: '/tmp/example.com.zone', text: other, settings: {}, edits: 60, chunkLines: 48 }, new Random(SEED + 1));
  });

  it('on a zone with every cross-owner relation, over 1,000 random edits', () => {
    const partial = checkRun({ name: 'rich zone', path: '/tmp/example.com.zone', text: RICH_ZONE, settings: {}, edits: 1000, chunkLines: 3 }, new Random(SEED + 2));
    // The comparison means something only if most updates were partial (the rest touched the SOA or the apex).
    assert.ok(partial > 300, `only ${partial} of 1,000 updates were partial`);
  });

  it('on every zone fixture, over random edits with chunks of two lines', () => {
    const fixtures = listFixtures().filter((f) => f.language === 'zone' && f.text.split('\n').length >= 4);
    assert.ok(fixtures.length > 100, `expected the zone fixtures, found ${fixtures.length}`);
    fixtures.forEach((fixture, index) => {
      checkRun({ name: fixture.relative, path: fixture.path, text: fixture.text, settings: fixture.settings, edits: 20, chunkLines: 2 }, Random.forCase(SEED, index));
    });
  });
});

describe('incremental zone lint does little per keystroke', function () {
  this.timeout(60_000);

  for (const prepared of [false, true]) {
    it(`re-parses one chunk, re-checks one owner and runs no cross-owner rule for a typed character in an address${prepared ? ' (names counted after the open, as the server does)' : ''}`, async () => {
      const generator = (await import(path.resolve(__dirname, '../../../bench/zone-generator.mjs'))) as { mailZoneText(records: number): { text: string } };
      const { text } = generator.mailZoneText(5000);
      const env = { settings: settingsFor({}), workspace: singleZoneWorkspace() };
      const session = new IncrementalZoneLint('/tmp/example.com.zone', env);
      session.update(text);
      assert.equal(session.stats.everything, true);
      if (prepared) session.prepareForEdits();
      // An edit deep in the file, inside the address of `smtp.h300 A …` (no other record looks at that name).
      const line = text.indexOf('\nsmtp.h300 A ') + 1;
      const at = text.indexOf(' A ', line) + 3;
      const edited = text.slice(0, at) + '1' + text.slice(at);
      const found = session.update(edited);
      const stats = session.stats;
      assert.equal(stats.everything, false);
      assert.ok(stats.reparsedRecords > 0 && stats.reparsedRecords <= 60, `re-parsed ${stats.reparsedRecords} records`);
      assert.equal(stats.changedRecords, 2, 'the old and the new reading of the one edited record');
      assert.equal(stats.ownersChecked <= 60, true);
      assert.deepEqual(stats.wideRulesRun, []);
      const full = new Analysis({ path: '/tmp/example.com.zone', text: edited, language: 'zone' }, { settings: env.settings, workspace: env.workspace }).diagnostics;
      assert.deepEqual(comparable(found).sort(), comparable(full).sort());
    });
  }

  it('runs the SPF lookup rules again when an SPF record changes, on the whole zone when others include it', async () => {
    const generator = (await import(path.resolve(__dirname, '../../../bench/zone-generator.mjs'))) as { mailZoneText(records: number): { text: string } };
    const { text } = generator.mailZoneText(2000);
    const session = new IncrementalZoneLint('/tmp/example.com.zone', { settings: settingsFor({}), workspace: singleZoneWorkspace() });
    session.update(text);
    const at = text.indexOf('-all', text.indexOf('\nh100 IN TXT "v=spf1'));
    session.update(text.slice(0, at) + '~' + text.slice(at + 1));
    // Nothing refers to that record: the lookup rules run on the re-parsed records alone.
    assert.ok(session.stats.wideRulesRun.includes('spf/too-many-lookups (re-parsed records)'), session.stats.wideRulesRun.join(' '));
    assert.ok(!session.stats.wideRulesRun.includes('zone/target-no-address'), session.stats.wideRulesRun.join(' '));
    const included = text.indexOf('-all', text.indexOf('\n_spf IN TXT "v=spf1'));
    session.update(text.slice(0, included) + '?' + text.slice(included + 1));
    assert.ok(session.stats.wideRulesRun.includes('spf/too-many-lookups'), session.stats.wideRulesRun.join(' '));
  });

  it('runs every cross-owner rule again after other files changed, and only those', async () => {
    const generator = (await import(path.resolve(__dirname, '../../../bench/zone-generator.mjs'))) as { mailZoneText(records: number): { text: string } };
    const { text } = generator.mailZoneText(1000);
    const session = new IncrementalZoneLint('/tmp/example.com.zone', { settings: settingsFor({}), workspace: singleZoneWorkspace() });
    session.update(text);
    session.otherFilesChanged();
    session.update(text + '; a comment\n');
    assert.equal(session.stats.everything, false);
    assert.ok(session.stats.wideRulesRun.includes('spf/too-many-lookups') && session.stats.wideRulesRun.includes('dmarc/report-authorization'));
    session.update(text + '; a comment\n; another\n');
    assert.deepEqual(session.stats.wideRulesRun, []);
  });
});
