import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isMailbox, readReportUri } from '../../../server/src/engine/mail/dmarc/uri';
import { isMxPattern, mxPatternMatches } from '../../../server/src/engine/mail/mtasts/policy';
import { isAddressLiteral, looksLikeMailExchanger } from '../../../server/src/engine/mail/tags/mail-hosts';
import { dkimDomainOf, isDmarcOwner, leadingVersion, mentionsVersion } from '../../../server/src/engine/mail/tags/mail-records';
import { MTA_STS } from '../../../server/src/engine/mail/mtasts/record';
import { TLS_RPT } from '../../../server/src/engine/mail/tlsrpt/record';
import { BIMI } from '../../../server/src/engine/mail/bimi/record';
import { quoteTxt } from '../../../server/src/engine/mail/tags/edits';
import { checkDocument } from '../../../server/src/engine/service';

describe('DMARC report URIs', () => {
  it('reads mailto addresses, hosts and the old !size suffix', () => {
    assert.deepEqual(readReportUri('mailto:agg@Reports.Example.org'), { scheme: 'mailto', address: 'agg@Reports.Example.org', host: 'reports.example.org', sizeLimit: undefined });
    assert.equal(readReportUri('mailto:a@example.com!10m').sizeLimit, '!10m');
    assert.equal(readReportUri('mailto:a@example.com!10m').host, 'example.com');
    assert.equal(readReportUri('https://user@r.example.net:8443/x').host, 'r.example.net');
    assert.equal(readReportUri('dmarc@example.com').scheme, undefined);
  });
  it('decodes percent-escapes in the address and survives broken ones', () => {
    assert.equal(readReportUri('mailto:a%2Bb@example.com').address, 'a+b@example.com');
    assert.equal(readReportUri('mailto:a%ZZ@example.com').address, 'a%ZZ@example.com');
  });
  it('tells a mailbox from something else', () => {
    assert.ok(isMailbox('dmarc@example.com'));
    assert.ok(!isMailbox('dmarc@localhost'));
    assert.ok(!isMailbox('not-an-address'));
    assert.ok(!isMailbox('a@b@example.com'));
  });
});

describe('MTA-STS mx patterns (RFC 8461 §4.1)', () => {
  it('accepts names and a leading *. only', () => {
    for (const ok of ['mx1.example.com', '*.example.com', 'MX.Example.COM']) assert.ok(isMxPattern(ok), ok);
    for (const bad of ['https://mx.example.com', 'mx.example.com:25', 'mail.*.example.com', '*', 'example', 'mx.example.com.', '']) assert.ok(!isMxPattern(bad), bad);
  });
  it('matches a wildcard against exactly one extra label, ignoring case and a trailing dot', () => {
    assert.ok(mxPatternMatches('*.example.com', 'MX1.example.com.'));
    assert.ok(!mxPatternMatches('*.example.com', 'a.b.example.com'));
    assert.ok(!mxPatternMatches('*.example.com', 'example.com'));
    assert.ok(mxPatternMatches('mx1.example.com', 'mx1.example.com.'));
  });
});

describe('mail names and values', () => {
  it('finds the domain of a DKIM selector, multi-label selectors included', () => {
    assert.equal(dkimDomainOf('s1._domainkey.example.com.'), 'example.com.');
    assert.equal(dkimDomainOf('a.b._domainkey.example.com.'), 'example.com.');
    assert.equal(dkimDomainOf('_domainkey.example.com.'), undefined);
    assert.equal(dkimDomainOf('www.example.com.'), undefined);
    assert.equal(dkimDomainOf('S1._DomainKey.Example.COM.'), 'example.com.');
    assert.equal(dkimDomainOf('s1._domainkey.'), '.');
    assert.equal(dkimDomainOf('s1._domainkey'), '.');
    assert.equal(dkimDomainOf('s1._domainkey.example.com'), 'example.com.');
    assert.equal(dkimDomainOf('s1._domainkeys.example.com.'), undefined);
    assert.equal(dkimDomainOf('x_domainkey.example.com.'), undefined);
    assert.equal(dkimDomainOf('_domainkey.s1._domainkey.example.com.'), undefined);
    assert.equal(dkimDomainOf('a._domainkey.b._domainkey.example.com.'), 'b._domainkey.example.com.');
  });
  it('tells the DMARC, MTA-STS, TLS-RPT and BIMI names by whole labels', () => {
    assert.equal(isDmarcOwner('_dmarc.example.com.'), true);
    assert.equal(isDmarcOwner('_DMARC.example.com.'), true);
    assert.equal(isDmarcOwner('_dmarc'), true);
    assert.equal(isDmarcOwner('_dmarcx.example.com.'), false);
    assert.equal(isDmarcOwner('x._dmarc.example.com.'), false);
    assert.equal(MTA_STS.domainOf('_mta-sts.example.com.'), 'example.com.');
    assert.equal(MTA_STS.domainOf('_mta-sts.'), undefined);
    assert.equal(MTA_STS.domainOf('x._mta-sts.example.com.'), undefined);
    assert.equal(TLS_RPT.domainOf('_smtp._tls.example.com.'), 'example.com.');
    assert.equal(TLS_RPT.domainOf('_smtp.example.com.'), undefined);
    assert.equal(BIMI.domainOf('default._bimi.example.com.'), 'example.com.');
    assert.equal(BIMI.domainOf('_bimi.example.com.'), undefined);
  });
  it('reads the leading version exactly and a mentioned one in any case', () => {
    assert.equal(leadingVersion(' v = DMARC1; p=none'), 'DMARC1');
    assert.equal(leadingVersion('p=none; v=DMARC1'), undefined);
    assert.ok(mentionsVersion('p=none; v=dmarc1', 'DMARC1'));
    assert.ok(!mentionsVersion('p=none; v=DMARC10', 'DMARC1'));
  });
  it('recognises mail exchangers and address literals', () => {
    for (const mx of ['mx1.qiye.aliyun.com.', 'mxbiz1.qq.com.', 'aspmx.l.google.com.', 'contoso-com.mail.protection.outlook.com.', 'in1-smtp.messagingengine.com.']) assert.ok(looksLikeMailExchanger(mx), mx);
    for (const host of ['qiye.aliyun.com.', 'www.example.net.', 'autodiscover.outlook.com.', 'mxfoo.example.']) assert.ok(!looksLikeMailExchanger(host), host);
    assert.ok(isAddressLiteral('192.0.2.1'));
    assert.ok(isAddressLiteral('192.0.2.1.'));
    assert.ok(isAddressLiteral('2001:db8::25'));
    assert.ok(!isAddressLiteral('mail.example.com'));
    assert.ok(!isAddressLiteral('256.0.0.1'));
  });
  it('quotes a long value into strings of at most 255 octets, escaping quotes', () => {
    const quoted = quoteTxt('a'.repeat(600) + '"');
    const strings = quoted.match(/"(?:[^"\\]|\\.)*"/g)!;
    assert.equal(strings.length, 3);
    assert.ok(strings.every((s) => s.length - 2 <= 255));
    assert.ok(quoted.endsWith('\\""'));
  });
});

describe('mail rules on arbitrary record values', () => {
  const owners = ['_dmarc', 's._domainkey', '_mta-sts', '_smtp._tls', 'default._bimi', '@', 'mail'];
  const head = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1.example.net. h 1 2 3 4 5\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\n';
  const piece = fc.constantFrom('v=', 'DMARC1', 'DKIM1', 'STSv1', 'TLSRPTv1', 'BIMI1', ';', '=', ' ', 'p=', 'rua=', 'mailto:', '@', ',', 'k=ed25519', 'h=sha1', 'pct=', '!', 'MIIB', '==', 'id=', 'l=https://', ':');
  it('never throw and never report an internal error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...owners), fc.array(piece, { maxLength: 24 }), fc.string({ maxLength: 12 }), (owner, parts, noise) => {
        const value = (parts.join('') + noise).replace(/["\\\n\r]/g, '');
        const text = `${head}${owner} IN TXT "${value}"\n@ IN MX 0 .\n@ IN MX 10 ${noise.replace(/[^a-z0-9.]/g, '') || 'x'}\n`;
        const result = checkDocument({ path: '/z/example.com.zone', text, language: 'zone' });
        assert.deepEqual(result.diagnostics.filter((d) => d.rule === 'core/internal-error').map((d) => d.message), []);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
