import * as assert from 'node:assert/strict';
import { activeEditorIsDirty } from '../workbench/editor';
import { pickEntry, quickInputPrompt, quickInputVisible, runCommand } from '../workbench/quick-input';
import { waitForProblems, formatProblems } from '../workbench/problems';
import { recordLines, type RecordLine } from './zone-lines';
import { workbench } from './session';

const FILE = 'zones/empty.zone';
const APEX = 'empty.example.';
const COMMAND = 'MailZone: Set Up Mail Provider…';

function find(records: RecordLine[], owner: string, type: string, pattern: RegExp): RecordLine[] {
  return records.filter((r) => r.owner === owner && r.type === type && pattern.test(r.data));
}

/** Runs the setup command on a zone file as a user does, accepting every default, and saves. */
async function setUpAlibabaMail(file: string): Promise<void> {
  const wb = workbench();
  await wb.open(file);
  await runCommand(wb.page, COMMAND);
  const picked = await pickEntry(wb.page, 'Alibaba');
  assert.match(picked, /Alibaba/);
  // The command may ask for tenant values; a user accepting the defaults presses Enter.
  for (let question = 0; question < 5 && (await quickInputVisible(wb.page)); question++) {
    process.stdout.write(`      answering "${await quickInputPrompt(wb.page)}" with the default\n`);
    await wb.page.keyboard.press('Enter');
    await wb.page.waitForTimeout(300);
  }
  await wb.page.waitForSelector('.tabs-container .tab.active.dirty', { timeout: 10_000 });
  // Leave snippet mode (tab stops on the placeholders) as a user does, then save.
  await wb.page.keyboard.press('Escape');
  await wb.page.keyboard.press('Escape');
  assert.ok(await activeEditorIsDirty(wb.page), 'the command changed the document');
  await wb.save();
}

describe('5. mail provider setup: Alibaba Mail on an empty zone', () => {
  it('inserts the documented MX, SPF, client CNAME and DMARC starter records', async () => {
    const wb = workbench();
    await setUpAlibabaMail(FILE);

    const saved = wb.read(FILE);
    const records = recordLines(saved);
    assert.doesNotMatch(saved, /\$\{\d/, 'no raw snippet syntax reaches the file');
    // Alibaba Mail's documented records (REFERENCE §7: the provider's help pages).
    assert.equal(find(records, APEX, 'MX', /^5 mx1\.qiye\.aliyun\.com\.$/).length, 1, `MX 5 mx1:\n${saved}`);
    assert.equal(find(records, APEX, 'MX', /^10 mx2\.qiye\.aliyun\.com\.$/).length, 1, `MX 10 mx2:\n${saved}`);
    assert.equal(find(records, APEX, 'MX', /^15 mx3\.qiye\.aliyun\.com\.$/).length, 1, `MX 15 mx3:\n${saved}`);
    const spf = find(records, APEX, 'TXT', /v=spf1/);
    assert.equal(spf.length, 1, `exactly one SPF record:\n${saved}`);
    assert.match(spf[0]?.data ?? '', /include:spf\.qiye\.aliyun\.com/);
    assert.match(spf[0]?.data ?? '', /-all"/);
    assert.equal(find(records, `mail.${APEX}`, 'CNAME', /^qiye\.aliyun\.com\.$/).length, 1, `CNAME mail:\n${saved}`);
    const dmarc = find(records, `_dmarc.${APEX}`, 'TXT', /v=DMARC1/);
    assert.equal(dmarc.length, 1, `a DMARC starter record:\n${saved}`);
    assert.match(dmarc[0]?.data ?? '', /p=none/);

    const problems = await waitForProblems(wb.page, 'empty.zone', () => true);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), [], `the inserted records raise no error:\n${formatProblems(problems)}`);
  });

  it('merges the provider into an existing SPF record instead of adding a second one', async () => {
    const wb = workbench();
    const file = 'zones/existing-spf.zone';
    await setUpAlibabaMail(file);
    const saved = wb.read(file);
    const spf = find(recordLines(saved), 'existing.example.', 'TXT', /v=spf1/);
    assert.equal(spf.length, 1, `still exactly one SPF record:\n${saved}`);
    assert.match(spf[0]?.data ?? '', /ip4:192\.0\.2\.25/, 'the existing sender stays authorized');
    assert.match(spf[0]?.data ?? '', /include:spf\.qiye\.aliyun\.com/, 'the provider is added to it');
    assert.match(spf[0]?.data ?? '', /-all"$/, 'the record still ends in -all');
  });
});
