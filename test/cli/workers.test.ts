import { strict as assert } from 'node:assert';
import { HEADER, run, tempTree } from './run-cli';

/** `count` small zones, every fifth with an error, so the results differ per file. */
function manyZones(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const body = i % 5 === 0 ? `bad IN A 300.1.1.${i % 250}` : `www IN A 192.0.2.${i % 250}`;
    files[`zones/z${String(i).padStart(3, '0')}.example.zone`] = `${HEADER}\n${body}\n`;
  }
  return files;
}

describe('cli: many files on worker threads', () => {
  it('gives exactly the main-thread results, in the same order, and reports throughput', async function () {
    this.timeout(120000);
    const root = tempTree(manyZones(80));
    const single = await run(['check', '--format', 'json', '--jobs', '1', 'zones'], { cwd: root });
    const pooled = await run(['check', '--format', 'json', '--stats', 'zones'], { cwd: root });
    assert.equal(pooled.code, single.code);
    assert.equal(pooled.code, 1);
    assert.equal(pooled.stdout, single.stdout);
    assert.equal(JSON.parse(pooled.stdout).files.length, 80);
    assert.match(pooled.stderr, /80 files, 480 records in [\d.]+ s: \d+ files\/s, \d+ records\/s \(\d+ threads\)/);
    assert.match(pooled.stderr, /CPU time of all threads since the check began: [\d.]+ s/);
    const three = await run(['check', '--format', 'json', '--jobs', '3', 'zones'], { cwd: root });
    assert.equal(three.stdout, single.stdout, 'three threads: same output');
    assert.equal(three.code, single.code);
  });

  it('uses workers for a few files when --jobs asks for them', async function () {
    this.timeout(120000);
    const root = tempTree(manyZones(5));
    const result = await run(['check', '--stats', '--jobs', '2', 'zones'], { cwd: root });
    assert.match(result.stderr, /5 files, 30 records .*\(2 threads\)/);
    // Each thread's own throughput: the main thread and one worker, whose files add up to all five.
    const perThread = [...result.stderr.matchAll(/^ {2}(main thread|worker \d+): (\d+) files, (\d+) records in [\d.]+ s of checking \([\d.?]+ s CPU\): \d+ files\/s/gm)];
    assert.deepEqual(perThread.map((m) => m[1]).sort(), ['main thread', 'worker 1']);
    assert.equal(perThread.reduce((n, m) => n + Number(m[2]), 0), 5);
    assert.equal(result.stdout.split('\n').filter((l) => / error /.test(l)).length >= 1, true);
  });
});
