import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-types';
import { Analysis } from '../../../server/src/engine/service';

const HEAD = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\n';

function analysis(body: string, locale = 'en') {
  return new Analysis({ path: '/zones/example.com.zone', text: HEAD + body, language: 'zone' }, { settings: { locale } });
}

/** Position of the `n`th occurrence of `needle` in the analysed text, plus `delta` characters. */
function at(a: Analysis, needle: string, delta = 0) {
  const offset = a.file.text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in text`);
  return a.file.positionAt(offset + delta);
}

function hoverText(hover: Hover | undefined): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

describe('mail record hover', () => {
  it('explains a DKIM tag and gives the real key size on p=', () => {
    const key = fs.readFileSync(path.join(__dirname, '../../fixtures/zone/dkim/weak-key/fires.zone'), 'utf8').match(/k1024\._domainkey\s+IN TXT "v=DKIM1; k=rsa; p=([^"]+)"/)![1]!;
    const a = analysis(`sel._domainkey IN TXT "v=DKIM1; k=rsa; p=${key}"\n`);
    assert.match(hoverText(a.hover(at(a, 'k=rsa', 1))), /key type/);
    const pHover = hoverText(a.hover(at(a, 'p=', 5)));
    assert.match(pHover, /1024 bits/);
    assert.match(pHover, /RFC 6376/);
  });

  it('names the key when the selector itself is hovered', () => {
    const a = analysis('ed._domainkey IN TXT "v=DKIM1; k=ed25519; p=LiF9HYcWRGfExl4ELSnupsN+8swOkcUYjTBoIBhfbCg="\n');
    assert.match(hoverText(a.hover(at(a, 'ed._domainkey', 1))), /Ed25519 key, \*\*32 bytes/);
  });

  it('says a revoked key is revoked', () => {
    const a = analysis('old._domainkey IN TXT "v=DKIM1; p="\n');
    assert.match(hoverText(a.hover(at(a, 'p="', 0))), /revoked/);
  });

  it('explains DMARC tags and summarises the policy in plain words', () => {
    const a = analysis('_dmarc IN TXT "v=DMARC1; p=reject; sp=none; rua=mailto:agg@example.com"\n');
    assert.match(hoverText(a.hover(at(a, 'sp=', 0))), /subdomains/i);
    assert.match(hoverText(a.hover(at(a, 'sp=', 0))), /Values: `none`, `quarantine`, `reject`/);
    const summary = hoverText(a.hover(at(a, '_dmarc', 1)));
    assert.match(summary, /refused/);
    assert.match(summary, /Subdomains: monitor only/);
    assert.match(summary, /agg@example\.com/);
  });

  it('speaks Chinese when asked', () => {
    const a = analysis('_dmarc IN TXT "v=DMARC1; p=quarantine"\n', 'zh-cn');
    assert.match(hoverText(a.hover(at(a, 'p=q', 0))), /策略/);
  });

  it('explains MTA-STS, TLS-RPT and BIMI tags', () => {
    const a = analysis('_mta-sts IN TXT "v=STSv1; id=1"\n_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:t@example.com"\ndefault._bimi IN TXT "v=BIMI1; l=https://example.com/l.svg"\n');
    assert.match(hoverText(a.hover(at(a, 'id=1'))), /identifier/);
    assert.match(hoverText(a.hover(at(a, 'rua=mailto:t'))), /TLS reports/);
    assert.match(hoverText(a.hover(at(a, 'l=https'))), /logo/);
  });

  it('has nothing to say about an unrelated TXT record', () => {
    const a = analysis('@ IN TXT "site-verification=abc"\n');
    assert.equal(a.hover(at(a, 'site-verification', 2)), undefined);
  });
});

describe('mail record completion', () => {
  it('offers DMARC tags not yet present, without the removed ones', () => {
    const a = analysis('_dmarc IN TXT "v=DMARC1; p=none; "\n');
    const items = labels(a.complete(at(a, 'p=none; ', 8)));
    assert.ok(items.includes('rua='));
    assert.ok(items.includes('adkim='));
    assert.ok(!items.includes('p='), 'p= is already there');
    assert.ok(!items.includes('pct='), 'pct was removed by RFC 9989');
  });

  it('offers the allowed values after tag=', () => {
    const a = analysis('_dmarc IN TXT "v=DMARC1; p="\n');
    assert.deepEqual(labels(a.complete(at(a, 'p="', 2))), ['none', 'quarantine', 'reject']);
    const b = analysis('k._domainkey IN TXT "v=DKIM1; k="\n');
    assert.deepEqual(labels(b.complete(at(b, 'k="', 2))), ['rsa', 'ed25519']);
  });

  it('offers a starter record in an empty value, even before the quote is closed', () => {
    const a = analysis('_smtp._tls IN TXT "\n');
    const items = a.complete(at(a, 'TXT "', 5));
    assert.ok(items.some((item) => item.insertText?.startsWith('v=TLSRPTv1; rua=mailto:')));
  });

  it('offers mail owner names in the owner column', () => {
    const a = analysis('_dm\n');
    const items = labels(a.complete(at(a, '_dm', 3)));
    for (const name of ['_dmarc', 'selector._domainkey', '_mta-sts', '_smtp._tls', 'default._bimi']) assert.ok(items.includes(name), name);
  });

  it('offers nothing inside an SPF record (that is the SPF area)', () => {
    const a = analysis('@ IN TXT "v=spf1 -all"\n');
    const items = labels(a.complete(at(a, 'spf1', 2)));
    assert.ok(!items.includes('rua='));
  });
});

describe('mta-sts policy file editor features', () => {
  const text = 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n';
  it('hovers a key', () => {
    const a = new Analysis({ path: '/site/.well-known/mta-sts.txt', text });
    assert.equal(a.language, 'mta-sts');
    assert.match(hoverText(a.hover({ line: 1, character: 1 })), /enforce/);
  });
  it('completes the mode values and the missing keys', () => {
    const a = new Analysis({ path: '/site/.well-known/mta-sts.txt', text: 'version: STSv1\nmode: \n' });
    assert.deepEqual(labels(a.complete({ line: 1, character: 6 })), ['enforce', 'testing', 'none']);
    const b = new Analysis({ path: '/site/.well-known/mta-sts.txt', text: 'version: STSv1\n\n' });
    assert.deepEqual(labels(b.complete({ line: 1, character: 0 })).sort(), ['max_age', 'mode', 'mx']);
  });
});
