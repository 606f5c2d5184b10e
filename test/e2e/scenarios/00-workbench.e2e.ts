import * as assert from 'node:assert/strict';
import { languageMode } from '../workbench/editor';
import { workbench } from './session';

describe('0. the workbench opens a zone file with MailZone installed', () => {
  it('opens example.com.zone in an editor whose language mode is the zone language', async () => {
    const wb = workbench();
    await wb.open('zones/example.com.zone');
    const mode = await languageMode(wb.page);
    assert.notEqual(mode, 'Plain Text', 'the .zone file is not given a MailZone language: is the extension installed?');
  });
});
