import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { CLEAN_ZONE, HEADER, run, tempTree, ZONE_WITH_DUPLICATE, ZONE_WITH_ERROR } from './run-cli';

describe('cli/parseArgs', () => {
  it('reads options in both --opt value and --opt=value forms', () => {
    const parsed = parseArgs(['check', '--format=json', '--locale', 'zh-CN', '--jobs', '3', '--fix', '--stats', 'a', '--', '--b']);
    assert.deepEqual(parsed, {
      command: 'check', paths: ['a', '--b'], format: 'json', stdin: false, stdinFilename: undefined,
      fix: true, config: undefined, locale: 'zh-CN', jobs: 3, stats: true,
    });
  });

  it('turns every misuse into a usage error, never an exception', () => {
    for (const argv of [['frobnicate'], ['check'], ['check', '--format', 'xml', 'a'], ['check', '--jobs', '0', 'a'], ['check', '--jobs', 'x', 'a'],
      ['check', '--bogus', 'a'], ['check', '--config'], ['check', '--stdin', 'a'], ['check', '--stdin', '--fix'], ['check', '--stdin-filename', 'x', 'a']]) {
      assert.equal(parseArgs(argv).command, 'usage-error', argv.join(' '));
    }
  });

  it('answers --help and --version anywhere', () => {
    assert.equal(parseArgs([]).command, 'help');
    assert.equal(parseArgs(['check', '--help']).command, 'help');
    assert.equal(parseArgs(['-v']).command, 'version');
  });
});

describe('cli: mailzone check', () => {
  it('prints stylish lines file:line:col severity message rule-id and exits 1 on an error', async () => {
    const root = tempTree({ 'zones/example.com.zone': ZONE_WITH_ERROR });
    const result = await run(['check', 'zones'], { cwd: root });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const line = result.stdout.split('\n').find((l) => l.startsWith('zones/example.com.zone:8:'));
    assert.ok(line, result.stdout);
    assert.match(line!, /^zones\/example\.com\.zone:8:\d+ error .+ [a-z0-9-]+\/[a-z0-9-]+$/);
    assert.match(result.stdout, /\d+ problems \(1 errors?,/);
  });

  it('exits 0 on a clean zone and says so', async () => {
    const root = tempTree({ 'example.com.zone': CLEAN_ZONE });
    const result = await run(['check', 'example.com.zone'], { cwd: root });
    assert.equal(result.code, 0, result.stdout);
    assert.doesNotMatch(result.stdout, / error /);
  });

  it('prints the version-1 JSON shape with 0-based LSP ranges', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_ERROR });
    const result = await run(['check', '--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(result.stdout) as { version: number; files: Array<Record<string, unknown>> };
    assert.equal(report.version, 1);
    assert.deepEqual(Object.keys(report), ['version', 'files']);
    const file = report.files[0] as { path: string; language: string; diagnostics: Array<Record<string, any>> };
    assert.deepEqual(Object.keys(file), ['path', 'language', 'diagnostics']);
    assert.equal(file.path, 'example.com.zone');
    assert.equal(file.language, 'zone');
    const error = file.diagnostics.find((d) => d.severity === 'error')!;
    assert.deepEqual(Object.keys(error), ['rule', 'severity', 'message', 'range', 'fixes']);
    assert.equal(error.range.start.line, 7);
    assert.equal(ZONE_WITH_ERROR.split('\n')[7]!.slice(error.range.start.character, error.range.end.character), '300.1.1.1');
  });

  it('prints fixes with edits {path, range, newText} in JSON', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_DUPLICATE });
    const report = JSON.parse((await run(['check', '--format=json', 'example.com.zone'], { cwd: root })).stdout);
    const dup = report.files[0].diagnostics.find((d: any) => d.rule === 'zone/duplicate-record');
    assert.ok(dup, JSON.stringify(report));
    assert.deepEqual(Object.keys(dup.fixes[0]), ['title', 'edits']);
    assert.deepEqual(Object.keys(dup.fixes[0].edits[0]), ['path', 'range', 'newText']);
    assert.equal(dup.fixes[0].edits[0].path, 'example.com.zone');
  });

  it('prints SARIF 2.1.0 whose results point at rules listed in tool.driver.rules', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_ERROR });
    const result = await run(['check', '--format', 'sarif', 'example.com.zone'], { cwd: root });
    assert.equal(result.code, 1);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    const rules = run0.tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
    assert.ok(rules.length > 3);
    assert.ok(rules.some((r) => r.id === 'config/unused-disable'));
    for (const res of run0.results) {
      assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'example.com.zone');
    }
    const error = run0.results.find((r: any) => r.level === 'error');
    assert.equal(error.locations[0].physicalLocation.region.startLine, 8);
  });

  it('exits 2 for a path that does not exist, after checking the others', async () => {
    const root = tempTree({ 'example.com.zone': CLEAN_ZONE });
    const result = await run(['check', 'missing.zone', 'example.com.zone'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot read missing\.zone: ENOENT/);
    assert.match(result.stdout, /1 files/);
  });

  it('exits 2 on a usage error and prints help on --help', async () => {
    const root = tempTree({});
    const bad = await run(['check', '--format', 'xml', 'x'], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown format "xml"/);
    const help = await run(['--help'], { cwd: root });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: mailzone check/);
    const version = await run(['--version'], { cwd: root });
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('walks directories for zone, nginx and mta-sts files, skipping node_modules and .git', async () => {
    const root = tempTree({
      'a/example.com.zone': CLEAN_ZONE,
      'a/db.example': CLEAN_ZONE,
      'a/example.org': `$ORIGIN example.org.\n${HEADER.split('\n').slice(1).join('\n')}\n`,
      'a/README.md': 'Take a look\n',
      'a/mta-sts.txt': 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 86400\n',
      'a/nginx/nginx.conf': 'events {}\n',
      'node_modules/x/bad.zone': ZONE_WITH_ERROR,
      '.git/bad.zone': ZONE_WITH_ERROR,
    });
    const result = await run(['check', '--format', 'json', '.'], { cwd: root });
    const report = JSON.parse(result.stdout);
    const paths = report.files.map((f: any) => `${f.path} ${f.language}`);
    assert.deepEqual(paths, ['a/db.example zone', 'a/example.com.zone zone', 'a/example.org zone', 'a/mta-sts.txt mta-sts', 'a/nginx/nginx.conf nginx']);
    assert.equal(result.code, 0);
  });

  it('checks standard input under the name given', async () => {
    const root = tempTree({});
    const result = await run(['check', '--stdin', '--stdin-filename', 'zones/example.com.zone'], { cwd: root, stdin: ZONE_WITH_ERROR });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^zones\/example\.com\.zone:8:/m);
  });

  it('follows --locale, then LC_ALL, then LANG for messages', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_ERROR });
    const english = await run(['check', 'example.com.zone'], { cwd: root });
    const chinese = await run(['check', '--locale', 'zh-CN', 'example.com.zone'], { cwd: root });
    const fromEnv = await run(['check', 'example.com.zone'], { cwd: root, env: { LANG: 'zh_CN.UTF-8' } });
    const overridden = await run(['check', 'example.com.zone'], { cwd: root, env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' } });
    assert.notEqual(chinese.stdout, english.stdout);
    assert.match(chinese.stdout, /[\u4e00-\u9fff]/);
    assert.equal(fromEnv.stdout, chinese.stdout);
    assert.equal(overridden.stdout, english.stdout);
  });

  it('applies the nearest .mailzone.json and --config', async () => {
    const root = tempTree({
      'off/.mailzone.json': '{ "rules": { "zone/bad-rdata": "off" } }',
      'off/example.com.zone': ZONE_WITH_ERROR,
      'on/example.com.zone': ZONE_WITH_ERROR,
      'custom.json': '{ "rules": { "zone/bad-rdata": "warning" } }',
    });
    const inherited = await run(['check', '--format', 'json', 'off', 'on'], { cwd: root });
    const files = JSON.parse(inherited.stdout).files;
    assert.equal(files[0].diagnostics.filter((d: any) => d.rule === 'zone/bad-rdata').length, 0);
    assert.ok(files[1].diagnostics.some((d: any) => d.rule === 'zone/bad-rdata'));
    const explicit = await run(['check', '--format', 'json', '--config', 'custom.json', 'on'], { cwd: root });
    const diagnostics = JSON.parse(explicit.stdout).files[0].diagnostics;
    assert.ok(diagnostics.some((d: any) => d.rule === 'zone/bad-rdata' && d.severity === 'warning'));
  });

  it('reports an invalid configuration clearly and exits 2', async () => {
    const root = tempTree({ '.mailzone.json': '{ "rules": { "zone/bad-rdata": "warn" } }', 'example.com.zone': CLEAN_ZONE });
    const result = await run(['check', 'example.com.zone'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.mailzone\.json: rule "zone\/bad-rdata" has severity "warn"; did you mean "warning"\? \(\.mailzone\.json:1:/);
    const missing = await run(['check', '--config', 'nope.json', 'example.com.zone'], { cwd: root });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: cannot read the configuration/);
  });

  it('reports throughput with --stats', async () => {
    const root = tempTree({ 'example.com.zone': CLEAN_ZONE });
    const result = await run(['check', '--stats', '.'], { cwd: root });
    assert.match(result.stderr, /1 files, 6 records in [\d.]+ s: \d+ files\/s, \d+ records\/s \(main thread\)/);
  });
});

describe('cli: the mailzone binary', () => {
  it('runs as a process with the documented exit codes', function () {
    this.timeout(60000);
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const root = tempTree({ 'example.com.zone': ZONE_WITH_ERROR, 'ok.zone': CLEAN_ZONE });
    const cli = path.resolve(__dirname, '../../server/src/cli.ts');
    const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
    const bad = spawnSync(tsx, [cli, 'check', 'example.com.zone'], { cwd: root, encoding: 'utf8' });
    assert.equal(bad.status, 1, bad.stderr);
    const ok = spawnSync(tsx, [cli, 'check', 'ok.zone'], { cwd: root, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr + ok.stdout);
    const usage = spawnSync(tsx, [cli, 'nope'], { cwd: root, encoding: 'utf8' });
    assert.equal(usage.status, 2);
    const stdin = spawnSync(tsx, [cli, 'check', '--stdin', '--stdin-filename', 'x.zone', '--format', 'json'], { cwd: root, input: ZONE_WITH_ERROR, encoding: 'utf8' });
    assert.equal(stdin.status, 1);
    assert.equal(JSON.parse(stdin.stdout).files[0].path, 'x.zone');
    assert.ok(fs.existsSync(root));
  });
});

describe('cli: mailzone ciphers', () => {
  it('prints the TLS 1.2 suites of a cipher string, like openssl ciphers -s -tls1_2', async () => {
    const root = tempTree({});
    const result = await run(['ciphers', 'ECDHE+AESGCM:!aNULL'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    const suites = result.stdout.trim().split(':');
    assert.ok(suites.includes('ECDHE-RSA-AES128-GCM-SHA256'), result.stdout);
    assert.ok(suites.every((s) => /^ECDHE-(RSA|ECDSA)-AES(128|256)-GCM-SHA(256|384)$/.test(s)), result.stdout);
  });

  it('exits 1 with openssl\'s message when nothing matches, 2 without a string', async () => {
    const root = tempTree({});
    const none = await run(['ciphers', 'NOPE'], { cwd: root });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /Error in cipher list/);
    assert.equal((await run(['ciphers'], { cwd: root })).code, 2);
  });
});

describe('cli: suppression comments and configuration together', () => {
  it('a disable comment silences the error; an unused one is a hint in the output', async () => {
    const zone = `${HEADER}\n; mailzone-disable-next-line zone/bad-rdata\nbad IN A 300.1.1.1\n; mailzone-disable-next-line zone/bad-rdata\nwww IN A 192.0.2.1\n`;
    const root = tempTree({ 'example.com.zone': zone });
    const result = await run(['check', '--format', 'json', 'example.com.zone'], { cwd: root });
    assert.equal(result.code, 0, result.stdout);
    const diagnostics = JSON.parse(result.stdout).files[0].diagnostics;
    assert.deepEqual(diagnostics.map((d: any) => [d.rule, d.severity, d.range.start.line]), [['config/unused-disable', 'hint', 9]]);
  });
});

describe('cli: suppression comments in an $INCLUDEd file', () => {
  it('apply to the diagnostics of that file', async () => {
    const root = tempTree({
      'example.com.zone': `${HEADER}\n$INCLUDE hosts.inc\nbad IN A 300.1.1.1\n`,
      'hosts.inc': '; mailzone-disable-next-line zone/bad-rdata\nold IN A 300.2.2.2\nnew IN A 300.3.3.3\n',
    });
    const report = JSON.parse((await run(['check', '--format', 'json', 'example.com.zone'], { cwd: root })).stdout);
    const lines = (i: number) => report.files[i].diagnostics.filter((d: any) => d.rule === 'zone/bad-rdata').map((d: any) => d.range.start.line);
    assert.deepEqual(lines(0), [8]);
    assert.deepEqual(lines(1), [2]);
  });
});

describe('cli: inputs that are not regular files', () => {
  it('refuses a FIFO named on the command line instead of blocking on it, and skips it in a walk', async function () {
    if (process.platform === 'win32') this.skip();
    const root = tempTree({ 'ok.zone': CLEAN_ZONE });
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    execFileSync('mkfifo', [path.join(root, 'pipe.zone')]);
    const named = await run(['check', 'pipe.zone', 'ok.zone'], { cwd: root });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /cannot read pipe\.zone: not a regular file/);
    const walked = await run(['check', '--format', 'json', '.'], { cwd: root });
    assert.equal(walked.code, 0);
    assert.deepEqual(JSON.parse(walked.stdout).files.map((f: any) => f.path), ['ok.zone']);
  });

  it('checks a binary file without crashing', async () => {
    const root = tempTree({ 'blob.zone': Buffer.from([0, 1, 2, 255, 0, 10]) });
    const result = await run(['check', '--format', 'json', 'blob.zone'], { cwd: root });
    assert.equal(result.code, 0);
    assert.equal(JSON.parse(result.stdout).files[0].diagnostics[0].rule, 'core/binary-file');
  });
});

describe('cli: snippet fixes in the output', () => {
  it('print their placeholders as plain text, since readers apply newText as it is', async () => {
    const root = tempTree({ 'example.com.zone': `${HEADER}\n@ IN MX 10 mx1\nmx1 IN A 192.0.2.25\n@ IN TXT "v=spf1 mx -all"\n` });
    const report = JSON.parse((await run(['check', '--format', 'json', 'example.com.zone'], { cwd: root })).stdout);
    const texts = report.files[0].diagnostics.flatMap((d: any) => d.fixes.flatMap((f: any) => f.edits.map((e: any) => e.newText)));
    assert.ok(texts.some((t: string) => /v=DMARC1/.test(t)), JSON.stringify(report));
    for (const text of texts) assert.doesNotMatch(text, /\$\{\d+:/);
  });
});
