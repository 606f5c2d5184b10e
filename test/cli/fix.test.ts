import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ChangedOnDiskError, writeFileAtomic } from '../../server/src/cli/atomic-write';
import { checkFile } from '../../server/src/cli/check-file';
import { run, tempTree, ZONE_WITH_DUPLICATE, HEADER } from './run-cli';

const FIXED = `${HEADER}\nwww IN A 192.0.2.10\n`;
const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.includes('.mailzone-'));

describe('cli: mailzone check --fix', () => {
  it('writes the fixed file, keeps its mode, reports what remains, and a second run changes nothing', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_DUPLICATE });
    const file = path.join(root, 'example.com.zone');
    fs.chmodSync(file, 0o640);
    const first = await run(['check', '--fix', '--format', 'json', 'example.com.zone'], { cwd: root });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.match(first.stderr, /fixed 1 problems in 1 files/);
    assert.equal(JSON.parse(first.stdout).files[0].diagnostics.filter((d: any) => d.rule === 'zone/duplicate-record').length, 0);
    const before = fs.statSync(file).mtimeMs;
    const second = await run(['check', '--fix', 'example.com.zone'], { cwd: root });
    assert.equal(second.code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
    assert.equal(fs.statSync(file).mtimeMs, before);
    assert.deepEqual(leftovers(root), []);
  });

  it('keeps CR LF files CR LF', async () => {
    const root = tempTree({ 'example.com.zone': ZONE_WITH_DUPLICATE.replace(/\n/g, '\r\n') });
    await run(['check', '--fix', 'example.com.zone'], { cwd: root });
    assert.equal(fs.readFileSync(path.join(root, 'example.com.zone'), 'utf8'), FIXED.replace(/\n/g, '\r\n'));
  });

  it('never rewrites a file that is not valid UTF-8, fix or not, and says why', async () => {
    const bad = Buffer.concat([Buffer.from('; caf\xe9 latin-1 comment\n', 'latin1'), Buffer.from(ZONE_WITH_DUPLICATE)]);
    const clean = Buffer.concat([Buffer.from('; \xff\xfe\n', 'latin1'), Buffer.from(`${HEADER}\n`)]);
    const root = tempTree({ 'fixable.zone': bad, 'clean.zone': clean });
    const result = await run(['check', '--fix', 'fixable.zone', 'clean.zone'], { cwd: root });
    assert.ok(fs.readFileSync(path.join(root, 'fixable.zone')).equals(bad));
    assert.ok(fs.readFileSync(path.join(root, 'clean.zone')).equals(clean));
    assert.match(result.stderr, /fixable\.zone is not valid UTF-8; fixes were not written/);
    assert.doesNotMatch(result.stderr, /clean\.zone/);
    assert.match(result.stdout, /duplicate-record/);
  });

  it('reports a file that vanished before it was read as an I/O failure', () => {
    const root = tempTree({});
    const outcome = checkFile({ path: path.join(root, 'gone.zone'), display: 'gone.zone' }, { locale: 'en', fix: true, configs: {} });
    assert.equal(outcome.ioFailure, true);
    assert.match(outcome.messages[0]!, /cannot read gone\.zone: ENOENT/);
  });

  it('leaves the file untouched in a read-only directory and exits 2', function () {
    this.timeout(60000);
    const root = tempTree({ 'zones/example.com.zone': ZONE_WITH_DUPLICATE });
    const dir = path.join(root, 'zones');
    fs.chmodSync(root, 0o755);
    fs.chmodSync(path.join(dir, 'example.com.zone'), 0o644);
    fs.chmodSync(dir, 0o555);
    try {
      // As root, permissions are not enforced: run the CLI as an unprivileged user instead.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      // That user may not be able to enter the checkout (a clone in a 0700 folder): run a copy of the
      // self-contained CLI bundle from the temporary tree instead.
      const cli = path.join(root, 'cli.js');
      fs.copyFileSync(path.resolve(__dirname, '../../dist/cli.js'), cli);
      fs.chmodSync(cli, 0o644);
      const result = spawnSync(process.execPath, [cli, 'check', '--fix', 'zones'], { cwd: root, encoding: 'utf8', env: { ...process.env, HOME: root }, ...asUser });
      assert.equal(result.status, 2, result.stderr + result.stdout);
      assert.match(result.stderr, /cannot write .*example\.com\.zone: EACCES.*left unchanged/);
      assert.equal(fs.readFileSync(path.join(dir, 'example.com.zone'), 'utf8'), ZONE_WITH_DUPLICATE);
      assert.deepEqual(leftovers(dir), []);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('cli/writeFileAtomic', () => {
  it('replaces the content and keeps the mode', () => {
    const root = tempTree({ 'f.zone': 'old\n' });
    const file = path.join(root, 'f.zone');
    fs.chmodSync(file, 0o600);
    writeFileAtomic(file, Buffer.from('new\n'), Buffer.from('old\n'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'new\n');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(leftovers(root), []);
  });

  it('refuses to overwrite a file someone changed meanwhile', () => {
    const root = tempTree({ 'f.zone': 'edited elsewhere\n' });
    const file = path.join(root, 'f.zone');
    assert.throws(() => writeFileAtomic(file, Buffer.from('new\n'), Buffer.from('old\n')), ChangedOnDiskError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'edited elsewhere\n');
    assert.deepEqual(leftovers(root), []);
  });

  it('fails cleanly when the file vanished, leaving no temporary file', () => {
    const root = tempTree({});
    assert.throws(() => writeFileAtomic(path.join(root, 'gone.zone'), Buffer.from('x'), Buffer.from('y')), /ENOENT/);
    assert.deepEqual(fs.readdirSync(root), []);
  });
});

describe('cli: files reached through $INCLUDE', () => {
  it('lists their diagnostics under their own path and --fix writes them too', async () => {
    const root = tempTree({
      'example.com.zone': `${HEADER}\n$INCLUDE hosts.inc\n`,
      'hosts.inc': 'www IN A 192.0.2.10\nwww IN A 192.0.2.10\n',
    });
    const report = JSON.parse((await run(['check', '--format', 'json', 'example.com.zone'], { cwd: root })).stdout);
    assert.deepEqual(report.files.map((f: any) => f.path), ['example.com.zone', 'hosts.inc']);
    const dup = report.files[1].diagnostics.find((d: any) => d.rule === 'zone/duplicate-record');
    assert.ok(dup, JSON.stringify(report));
    assert.equal(dup.range.start.line, 1);
    assert.equal(dup.fixes[0].edits[0].path, 'hosts.inc');
    const fixed = await run(['check', '--fix', 'example.com.zone'], { cwd: root });
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    assert.equal(fs.readFileSync(path.join(root, 'hosts.inc'), 'utf8'), 'www IN A 192.0.2.10\n');
    assert.equal(fs.readFileSync(path.join(root, 'example.com.zone'), 'utf8'), `${HEADER}\n$INCLUDE hosts.inc\n`);
  });
});

describe('cli/writeFileAtomic ownership', () => {
  it('keeps the owner of a file fixed by root', function () {
    if (process.getuid?.() !== 0) this.skip();
    const root = tempTree({ 'f.zone': 'old\n' });
    const file = path.join(root, 'f.zone');
    fs.chownSync(file, 65534, 65534);
    writeFileAtomic(file, Buffer.from('new\n'), Buffer.from('old\n'));
    assert.deepEqual([fs.statSync(file).uid, fs.statSync(file).gid], [65534, 65534]);
  });
});
