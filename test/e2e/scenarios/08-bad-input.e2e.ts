import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { showHover, hideHover } from '../workbench/hover';
import { visibleNotifications } from '../workbench/notifications';
import { countedProblems } from '../workbench/problems';
import { workbench } from './session';

/** Deterministic noise (a linear congruential generator), without NUL: VS Code opens a file with NUL as binary. */
function noise(length: number, seed: number): string {
  const alphabet = ' \t"();\\$@.:=0123456789abcdefINTXSOAMXCNAME\u00e9\u4e2d\u0007\r';
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[state % alphabet.length] ?? ' ';
    if (state % 61 === 0) text += '\n';
  }
  return text;
}

/** A zone no one should write: noise, an unclosed parenthesis, a 60 000-character TXT string, stray escapes. */
function badZone(): string {
  return [
    '$ORIGIN bad.example.',
    '@ IN SOA ns1 hostmaster ( 1 2 3',
    noise(20_000, 7),
    `@ IN TXT "${'x'.repeat(60_000)}"`,
    '@ IN TXT "v=spf1 include:\\',
    '$INCLUDE /dev/zero',
    '$GENERATE 1-4294967295 host$ A 192.0.2.$',
    noise(5_000, 11),
  ].join('\n');
}

describe('8. bad input does not break the editor', () => {
  it('survives a file of noise and keeps answering on the next file', async () => {
    const wb = workbench();
    const file = 'zones/bad-input.zone';
    fs.writeFileSync(wb.file(file), badZone());
    const opened = Date.now();
    await wb.open(file);
    let counted = 0;
    while (counted === 0 && Date.now() - opened < 20_000) {
      await wb.page.waitForTimeout(100);
      counted = await countedProblems(wb.page, 'bad-input.zone');
    }
    assert.ok(counted > 0, 'the noise file gets diagnostics within 20 s');
    process.stdout.write(`      ${counted} problems of the noise file listed after ${Date.now() - opened} ms\n`);
    await wb.closeAll();

    await wb.open('zones/hover.zone');
    await wb.goToText('zones/hover.zone', 'include:', { offset: 2 });
    const text = await showHover(wb.page, /RFC 7208/);
    assert.match(text, /RFC 7208/, 'the language server still answers hovers');
    await hideHover(wb.page);
    const notices = await visibleNotifications(wb.page);
    assert.deepEqual(notices.filter((notice) => /crash|stopp|error|fail/i.test(notice)), [], `notifications: ${JSON.stringify(notices)}`);
  });
});
