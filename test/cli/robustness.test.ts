import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { discoverFiles } from '../../server/src/cli/discover';
import { CLEAN_ZONE, run, tempTree } from './run-cli';

describe('cli: robustness', () => {
  it('parseArgs answers every argument list without throwing', () => {
    const word = fc.oneof(
      fc.constantFrom('check', 'ciphers', '--format', '--format=json', '--stdin', '--stdin-filename', '--fix', '--config', '--locale', '--jobs', '--jobs=0', '--stats', '--', '-', '-h', '--version', '--=', '='),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const parsed = parseArgs(argv);
        assert.ok(['check', 'help', 'version', 'ciphers', 'usage-error'].includes(parsed.command));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('walks a tree with a symlink loop once, without hanging', () => {
    const root = tempTree({ 'a/example.com.zone': CLEAN_ZONE });
    fs.symlinkSync(root, path.join(root, 'a', 'loop'));
    fs.symlinkSync(path.join(root, 'a', 'example.com.zone'), path.join(root, 'a', 'link.zone'));
    const found = discoverFiles(['.'], root);
    assert.deepEqual(found.jobs.map((j) => j.display), ['a/example.com.zone', 'a/link.zone']);
    assert.deepEqual(found.failures, []);
  });

  it('reports an unreadable configuration file once, not per checked file', async () => {
    const files: Record<string, string> = { '.mailzone.json': '{ nope' };
    for (let i = 0; i < 5; i++) files[`z${i}.zone`] = CLEAN_ZONE;
    const root = tempTree(files);
    const result = await run(['check', '.'], { cwd: root });
    assert.equal(result.code, 2);
    assert.equal(result.stderr.split('\n').filter((l) => /not valid JSON/.test(l)).length, 1);
  });
});
