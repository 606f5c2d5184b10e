import * as assert from 'node:assert/strict';
import { hideHover, showHover } from '../workbench/hover';
import { waitForProblems } from '../workbench/problems';
import { saveEditorPicture, squiggleCount } from '../workbench/readme-picture';
import { readmeScreenshot } from '../setup/paths';
import { workbench } from './session';

const FILE = 'zones/hover.zone';

describe('2. hovers on mail records', () => {
  it('explains an include: term', async () => {
    const wb = workbench();
    await wb.open(FILE);
    await wb.goToText(FILE, 'include:', { offset: 2 });
    const text = await showHover(wb.page, /spf\.qiye\.aliyun\.com/);
    assert.match(text, /include/i, `hover: ${text}`);
    assert.match(text, /spf\.qiye\.aliyun\.com/, `the hover names the included domain: ${text}`);
    assert.match(text, /RFC 7208/, `the hover cites the RFC: ${text}`);
    await hideHover(wb.page);
  });

  it('shows the key size on a DKIM p= tag', async () => {
    const wb = workbench();
    await wb.open(FILE);
    await wb.goToText(FILE, 'p=', { after: 'default._domainkey', offset: 0 });
    const text = await showHover(wb.page, /2048/);
    assert.match(text, /2048[- ]?bits?/i, `the hover shows the key size read from the key: ${text}`);
    await hideHover(wb.page);
  });

  it('shows squiggles and the hover of a problem together (the README picture)', async () => {
    const wb = workbench();
    const file = 'zones/mail-mistakes.zone';
    await wb.open(file);
    await waitForProblems(wb.page, 'mail-mistakes.zone', (shown) => shown.length >= 4);
    await wb.page.keyboard.press('Control+B');
    try {
      await wb.goToText(file, 'CNAME mx1');
      const text = await showHover(wb.page, /mx\/cname-at-mail-name/);
      assert.match(text, /mx\/cname-at-mail-name/, `the hover names the rule: ${text}`);
      assert.match(text, /MX/, `the hover explains the problem: ${text}`);
      assert.ok((await squiggleCount(wb.page)) >= 4, 'squiggles are drawn under the four problems');
      if (process.env.MAILZONE_E2E_README_SHOT === '1') await saveEditorPicture(wb.page, readmeScreenshot);
    } finally {
      await hideHover(wb.page);
      await wb.page.keyboard.press('Control+B');
    }
  });
});
