import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { phrase } from '../../../server/src/engine/catalog/catalogue';
import { MOZILLA_GUIDELINE, MOZILLA_INTERMEDIATE_PROTOCOLS } from '../../../server/src/engine/nginx/cipher-analysis';
import { chooseAction, openQuickFixes } from '../workbench/code-actions';
import { readFileWhenEqual } from '../workbench/editor';
import { formatProblems, waitForProblems } from '../workbench/problems';
import { expectedDir } from '../setup/paths';
import { lineOf } from './expect';
import { workbench } from './session';

const FILE = 'nginx/nginx.conf';
const NAME = 'nginx.conf';
/** Rules that judge the strength of an ssl_ciphers list; RC4, 3DES and static RSA must meet at least one. */
const CIPHER_RULES = ['nginx/insecure-ciphers', 'nginx/static-rsa-ciphers', 'nginx/cbc-sha1-ciphers', 'nginx/no-forward-secrecy'];

describe('6. nginx: old TLS protocols and a weak cipher list', () => {
  it('reports both and replaces the protocols with the Mozilla intermediate ones', async () => {
    const wb = workbench();
    const original = wb.read(FILE);
    const protocolsLine = lineOf(original, 'ssl_protocols');
    const ciphersLine = lineOf(original, 'ssl_ciphers');
    await wb.open(FILE);

    const problems = await waitForProblems(wb.page, NAME, (shown) =>
      shown.some((p) => p.code === 'nginx/ssl-protocols') && shown.some((p) => CIPHER_RULES.includes(p.code)));
    const listing = formatProblems(problems);
    assert.ok(problems.some((p) => p.code === 'nginx/ssl-protocols' && p.line === protocolsLine), `ssl_protocols is reported on its line:\n${listing}`);
    const cipherProblems = problems.filter((p) => CIPHER_RULES.includes(p.code));
    assert.ok(cipherProblems.length > 0 && cipherProblems.every((p) => p.line === ciphersLine), `the cipher list is reported on its line:\n${listing}`);
    assert.ok(cipherProblems.some((p) => p.severity === 'error' || p.severity === 'warning'), `a weak cipher list is at least a warning:\n${listing}`);

    await wb.goToText(FILE, 'TLSv1 ');
    const title = phrase('nginx.fix.protocols', { protocols: MOZILLA_INTERMEDIATE_PROTOCOLS, version: MOZILLA_GUIDELINE });
    const offered = await openQuickFixes(wb.page);
    assert.ok(offered.includes(title), `Ctrl+. offers "${title}"; it lists ${JSON.stringify(offered)}`);
    await chooseAction(wb.page, title);
    await wb.save();

    const expected = fs.readFileSync(path.join(expectedDir, 'nginx.conf'), 'utf8');
    assert.equal(await readFileWhenEqual(wb.page, wb.file(FILE), expected), expected);
    await waitForProblems(wb.page, NAME, (shown) => !shown.some((p) => p.code === 'nginx/ssl-protocols'));
  });

  it('replaces a weak cipher list with the Mozilla intermediate one', async () => {
    const wb = workbench();
    const file = 'nginx/ciphers.conf';
    const ciphersLine = lineOf(wb.read(file), 'ssl_ciphers');
    await wb.open(file);
    const problems = await waitForProblems(wb.page, 'ciphers.conf', (shown) => shown.some((p) => p.code === 'nginx/insecure-ciphers'));
    assert.ok(problems.some((p) => p.code === 'nginx/insecure-ciphers' && p.line === ciphersLine && p.severity === 'error'),
      `RC4 and 3DES are an error on the ssl_ciphers line:\n${formatProblems(problems)}`);

    await wb.goToText(file, 'RC4-SHA');
    const title = phrase('nginx.fix.ciphers.intermediate', { version: MOZILLA_GUIDELINE });
    const offered = await openQuickFixes(wb.page);
    assert.ok(offered.includes(title), `Ctrl+. offers "${title}"; it lists ${JSON.stringify(offered)}`);
    await chooseAction(wb.page, title);
    await wb.save();

    // The list of the Mozilla guideline 5.7 intermediate configuration (REFERENCE §8), written out by hand.
    const expected = fs.readFileSync(path.join(expectedDir, 'ciphers.conf'), 'utf8');
    assert.equal(await readFileWhenEqual(wb.page, wb.file(file), expected), expected);
    await waitForProblems(wb.page, 'ciphers.conf', (shown) => !shown.some((p) => CIPHER_RULES.includes(p.code)));
  });
});
