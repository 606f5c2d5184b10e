import * as assert from 'node:assert/strict';
import { selectRight, typeText } from '../workbench/editor';
import { problemsOf, waitForProblems } from '../workbench/problems';
import { squiggleCount } from '../workbench/readme-picture';
import { workbench } from './session';

const FILE = 'zones/typing.zone';
const NAME = 'typing.zone';
const LIMIT_MS = 2000;

describe('7. editing: diagnostics follow the typing', () => {
  it('shows a typo in an SPF record within 2 seconds and clears it when fixed', async () => {
    const wb = workbench();
    const original = wb.read(FILE);
    await wb.open(FILE);
    // The file is clean: once the server has run, nothing is listed for it.
    await wb.page.waitForTimeout(1500);
    assert.deepEqual(await problemsOf(wb.page, NAME), [], 'the unedited file has no problems');

    await wb.goToText(FILE, 'include:');
    await selectRight(wb.page, 'include'.length);
    await typeText(wb.page, 'inlcude');
    await wb.page.keyboard.press('Escape');
    let started = Date.now();
    await waitForProblems(wb.page, NAME, (shown) => shown.some((p) => p.code === 'spf/unknown-mechanism'), LIMIT_MS + 3000);
    const shownAfter = Date.now() - started;
    process.stdout.write(`      typo diagnosed after ${shownAfter} ms\n`);
    assert.ok(shownAfter <= LIMIT_MS, `the typo was diagnosed after ${shownAfter} ms (limit ${LIMIT_MS} ms)`);
    assert.ok((await squiggleCount(wb.page)) > 0, 'the typo is underlined in the editor');

    await wb.goToText(FILE, 'include:');
    await selectRight(wb.page, 'inlcude'.length);
    await typeText(wb.page, 'include');
    await wb.page.keyboard.press('Escape');
    started = Date.now();
    await waitForProblems(wb.page, NAME, (shown) => shown.length === 0, LIMIT_MS + 3000);
    const clearedAfter = Date.now() - started;
    process.stdout.write(`      fix recognized after ${clearedAfter} ms\n`);
    assert.ok(clearedAfter <= LIMIT_MS, `the problem cleared after ${clearedAfter} ms (limit ${LIMIT_MS} ms)`);

    await wb.save();
    assert.equal(wb.read(FILE), original, 'the saved file is the original again');
  });
});
