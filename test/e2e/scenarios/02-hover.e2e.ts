import * as assert from 'node:assert/strict';
import { hideHover, showHover } from '../workbench/hover';
import { waitForProblems } from '../workbench/problems';
import { saveEditorPicture, squiggleCount } from '../workbench/readme-picture';
import { readmeScreenshot } from '../setup/paths';
import { phrase } from '../../../server/src/engine/catalog/catalogue';
import { rendered, shows } from './expect';
import { workbench } from './session';

const FILE = 'zones/hover.zone';

describe('2. hovers on mail records', () => {
  it('explains an include: term', async () => {
    const wb = workbench();
    await wb.open(FILE);
    await wb.goToText(FILE, 'include:', { offset: 2 });
    const explanation = phrase('spf.hover.mechanism.include', { domain: 'spf.qiye.aliyun.com' });
    const text = await showHover(wb.page, /RFC 7208/);
    assert.ok(shows(text, explanation), `the hover explains include: "${rendered(explanation)}"; it shows: ${text}`);
    assert.ok(shows(text, phrase('spf.hover.section', { section: '5.2' })), `the hover cites RFC 7208 §5.2: ${text}`);
    await hideHover(wb.page);
  });

  it('shows the key size on a DKIM p= tag', async () => {
    const wb = workbench();
    await wb.open(FILE);
    await wb.goToText(FILE, 'p=', { after: 'default._domainkey', offset: 0 });
    // The fixture's key is a 2048-bit RSA SubjectPublicKeyInfo made with `openssl genpkey`.
    const keyLine = phrase('dkim.hover.rsaKey', { bits: 2048, format: 'SubjectPublicKeyInfo' });
    const text = await showHover(wb.page, /2048/);
    assert.ok(shows(text, keyLine), `the hover shows "${rendered(keyLine)}"; it shows: ${text}`);
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
