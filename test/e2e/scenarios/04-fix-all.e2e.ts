import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { phrase } from '../../../server/src/engine/catalog/catalogue';
import { chooseAction, openSourceActions } from '../workbench/code-actions';
import { readFileWhenEqual } from '../workbench/editor';
import { formatProblems, problemsOf, waitForProblems } from '../workbench/problems';
import { expectedDir } from '../setup/paths';
import { workbench } from './session';

const FILE = 'zones/fix-all.zone';
const FIXED_RULES = ['spf/unknown-mechanism', 'spf/no-all', 'dmarc/report-uri', 'zone/txt-string-too-long'];

describe('4. fix all (source.fixAll.mailzone)', () => {
  it('applies every automatic fix of a zone at once and saves the expected file', async () => {
    const wb = workbench();
    await wb.open(FILE);
    await waitForProblems(wb.page, 'fix-all.zone', (shown) => FIXED_RULES.every((rule) => shown.some((p) => p.code === rule)));

    const title = phrase('editor.fixAll');
    const offered = await openSourceActions(wb.page);
    assert.ok(offered.includes(title), `Source Action… offers "${title}"; it lists ${JSON.stringify(offered)}`);
    await chooseAction(wb.page, title);
    await wb.save();

    const expected = fs.readFileSync(path.join(expectedDir, 'fix-all.zone'), 'utf8');
    assert.equal(await readFileWhenEqual(wb.page, wb.file(FILE), expected), expected);
    const left = await waitForProblems(wb.page, 'fix-all.zone', (shown) => !shown.some((p) => FIXED_RULES.includes(p.code)));
    assert.deepEqual(left.filter((p) => p.severity === 'error'), [], `errors left after fix all:\n${formatProblems(await problemsOf(wb.page, 'fix-all.zone'))}`);
  });
});
