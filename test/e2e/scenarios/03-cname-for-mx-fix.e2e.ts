import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { phrase } from '../../../server/src/engine/catalog/catalogue';
import { chooseAction, openQuickFixes } from '../workbench/code-actions';
import { readFileWhenEqual } from '../workbench/editor';
import { waitForProblems } from '../workbench/problems';
import { expectedDir } from '../setup/paths';
import { lineOf } from './expect';
import { workbench } from './session';

const FILE = 'zones/cname-mx.zone';
const NAME = 'cname-mx.zone';
const RULE = 'mx/cname-at-mail-name';

describe('3. quick fix: a mail host entered as a CNAME', () => {
  it('offers "replace with MX" on Ctrl+., applies it, and saves the expected file', async () => {
    const wb = workbench();
    const line = lineOf(wb.read(FILE), 'IN CNAME mxbiz1.qq.com.');
    await wb.open(FILE);
    await waitForProblems(wb.page, NAME, (shown) => shown.some((p) => p.code === RULE && p.line === line));

    await wb.goToText(FILE, 'CNAME mxbiz1');
    const title = phrase('mx.fix.cnameToMx', { target: 'mxbiz1.qq.com.' });
    const offered = await openQuickFixes(wb.page);
    assert.ok(offered.includes(title), `Ctrl+. offers "${title}"; it lists ${JSON.stringify(offered)}`);
    await chooseAction(wb.page, title);
    await wb.save();

    const expected = fs.readFileSync(path.join(expectedDir, 'cname-mx.zone'), 'utf8');
    assert.equal(await readFileWhenEqual(wb.page, wb.file(FILE), expected), expected);
    await waitForProblems(wb.page, NAME, (shown) => !shown.some((p) => p.code === RULE));
  });
});
