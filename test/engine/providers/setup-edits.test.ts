import { strict as assert } from 'node:assert';
import type { Fix } from '../../../server/src/engine/diagnostics';
import { applyEdits, stripSnippet } from '../../../server/src/engine/fixes/apply-edits';
import { providers } from '../../../server/src/engine/providers/catalogue';
import { providerChoices, providerDescription } from '../../../server/src/engine/providers/describe';
import { providerSetupEdits } from '../../../server/src/engine/providers/setup-edits';
import { checkDocument } from '../../../server/src/engine/service';
import { SourceFile } from '../../../server/src/engine/text/source';
import { emptyReader } from '../../../server/src/engine/workspace';
import type { Zone } from '../../../server/src/engine/zone/model';
import { parseZone } from '../../../server/src/engine/zone/parser';
import { ZONE_HEAD } from '../../support/zone-head';

const PATH = '/z/example.com.zone';
const HEAD = `${ZONE_HEAD}\n`;

const parse = (text: string): Zone => parseZone(new SourceFile(PATH, text), { reader: emptyReader });
const plainEdits = (fix: Fix) => fix.edits.map((e) => ({ ...e, newText: fix.snippet ? stripSnippet(e.newText) : e.newText }));
const setUp = (text: string, provider: string) => {
  const fix = providerSetupEdits(parse(text), provider)!;
  assert.ok(fix, `no fix for ${provider}`);
  return { fix, text: applyEdits(text, plainEdits(fix)) };
};
const at = (zone: Zone, name: string, type: string) => (zone.byOwner.get(name) ?? []).filter((r) => r.type === type);
const spfValues = (zone: Zone) => at(zone, 'example.com.', 'TXT').map((r) => r.txt!.value.value).filter((v) => v.startsWith('v=spf1'));
const errors = (text: string) =>
  checkDocument({ path: PATH, text, language: 'zone' }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`);

describe('providers/providerSetupEdits', () => {
  it('adds Alibaba Mail MX, SPF, client CNAMEs and a DMARC starter to a zone without mail', () => {
    const { fix, text } = setUp(HEAD, 'alibaba');
    assert.equal(fix.title, 'Set up mail for Alibaba Mail');
    assert.equal(fix.snippet, true, 'the DMARC report address is a placeholder');
    const zone = parse(text);
    assert.deepEqual(at(zone, 'example.com.', 'MX').map((r) => r.rdata.map((f) => f.text).join(' ')), ['5 mx1.qiye.aliyun.com.', '10 mx2.qiye.aliyun.com.', '15 mx3.qiye.aliyun.com.']);
    assert.deepEqual(spfValues(zone), ['v=spf1 include:spf.qiye.aliyun.com -all']);
    for (const [name, target] of [['mail', 'qiye.aliyun.com.'], ['imap', 'imap.qiye.aliyun.com.'], ['pop3', 'pop.qiye.aliyun.com.'], ['smtp', 'smtp.qiye.aliyun.com.']]) {
      assert.equal(at(zone, `${name}.example.com.`, 'CNAME')[0]?.rdata[0]?.text, target);
    }
    assert.equal(at(zone, '_dmarc.example.com.', 'TXT')[0]?.txt?.value.value, 'v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com');
    assert.match(fix.edits[0]!.newText, /rua=mailto:\$\{1:dmarc-reports@example\.com\}/);
    assert.deepEqual(errors(text), errors(HEAD));
    assert.equal(text.slice(0, HEAD.length), HEAD, 'the existing text is untouched');
  });

  it('merges the include into the existing SPF record instead of adding a second one', () => {
    const before = `${HEAD}@ IN TXT "v=spf1 ip4:192.0.2.0/24 ~all"\n@ IN TXT "google-site-verification=abc"\n`;
    const { text } = setUp(before, 'google');
    assert.deepEqual(spfValues(parse(text)), ['v=spf1 ip4:192.0.2.0/24 include:_spf.google.com ~all']);
  });

  it('merges into a multi-string, multi-line SPF record at the right string', () => {
    const before = `${HEAD}@ IN TXT ( "v=spf1 ip4:192.0.2.0/24 "\n           "redirect=_spf.example.net" )\n`;
    const { text } = setUp(before, 'microsoft365');
    assert.deepEqual(spfValues(parse(text)), ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com redirect=_spf.example.net']);
  });

  it('appends the include to an SPF record without all or redirect', () => {
    const { text } = setUp(`${HEAD}@ IN TXT "v=spf1 mx"\n`, 'fastmail');
    assert.deepEqual(spfValues(parse(text)), ['v=spf1 mx include:spf.messagingengine.com']);
  });

  it('adds nothing a second time: setting up twice offers no further edit', () => {
    const { text } = setUp(HEAD, 'alibaba');
    assert.equal(providerSetupEdits(parse(text), 'alibaba'), undefined);
  });

  it('leaves names that already hold data alone, and records already present', () => {
    const before = `${HEAD}mail IN A 192.0.2.25\n@ IN MX 5 mx1.qiye.aliyun.com.\n_dmarc IN TXT "v=DMARC1; p=reject"\n`;
    const { fix, text } = setUp(before, 'alibaba');
    const zone = parse(text);
    assert.equal(at(zone, 'mail.example.com.', 'CNAME').length, 0);
    assert.equal(at(zone, 'example.com.', 'MX').length, 3);
    assert.equal(at(zone, '_dmarc.example.com.', 'TXT').length, 1);
    assert.equal(fix.snippet, undefined, 'no placeholder left, so a plain edit');
  });

  it('never invents Microsoft 365 tenant values: they are placeholders, one tab stop per value', () => {
    const fix = providerSetupEdits(parse(HEAD), 'microsoft365')!;
    const block = fix.edits[fix.edits.length - 1]!.newText;
    assert.match(block, /MX +0 \$\{1:tenant-token\}\.mail\.protection\.outlook\.com\./);
    const tenantStops = [...block.matchAll(/\$\{(\d+):tenant\}/g)].map((m) => m[1]);
    assert.equal(tenantStops.length, 2);
    assert.equal(new Set(tenantStops).size, 1, 'the same tenant is typed once');
    assert.match(block, /autodiscover +IN CNAME autodiscover\.outlook\.com\./);
  });

  it('puts Amazon SES records on the MAIL FROM subdomain and DMARC at the apex', () => {
    const fix = providerSetupEdits(parse(HEAD), 'amazon-ses')!;
    const block = fix.edits[0]!.newText;
    assert.match(block, /^\$\{1:mail-from-subdomain\} +IN MX +10 feedback-smtp\.\$\{2:aws-region\}\.amazonses\.com\.$/m);
    assert.match(block, /^\$\{1:mail-from-subdomain\} +IN TXT +"v=spf1 include:amazonses\.com ~all"$/m);
    assert.match(block, /^_dmarc +IN TXT/m);
  });

  it('writes absolute names when $ORIGIN changed, and a TTL when there is no $TTL', () => {
    const before = `$ORIGIN example.com.\n@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ 3600 IN NS ns1\nns1 3600 IN A 192.0.2.1\n$ORIGIN sub.example.com.\nwww 3600 IN A 192.0.2.9\n`;
    const { text } = setUp(before, 'google');
    assert.match(text, /^example\.com\. +3600 IN MX +1 smtp\.google\.com\.$/m);
    const zone = parse(text);
    assert.equal(at(zone, 'example.com.', 'MX').length, 1);
    assert.equal(at(zone, '_dmarc.example.com.', 'TXT').length, 1);
  });

  it('keeps CR LF and adds a final newline where the file had none', () => {
    const crlf = HEAD.replace(/\n/g, '\r\n') + 'www IN A 192.0.2.10';
    const { text } = setUp(crlf, 'zoho');
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.ok(text.endsWith('\r\n'));
    assert.ok(text.includes('www IN A 192.0.2.10\r\n\r\n; Mail: Zoho Mail'));
  });

  it('marks unverified providers in the title, the inserted comment and the description', () => {
    const fix = providerSetupEdits(parse(HEAD), 'tencent')!;
    assert.equal(fix.title, 'Set up mail for Tencent Exmail (some values unverified)');
    assert.match(fix.edits[0]!.newText, /; Unverified: mxbiz1\.qq\.com\., mxbiz2\.qq\.com\., include:spf\.mail\.qq\.com\./);
    assert.match(providerDescription('tencent')!, /`MX 5 mxbiz1\.qq\.com\.` \*\*\(unverified\)\*\*/);
    assert.doesNotMatch(providerDescription('alibaba')!, /unverified/);
    assert.match(providerDescription('alibaba', 'zh-cn')!, /阿里企业邮箱/);
    assert.equal(providerSetupEdits(parse(HEAD), 'tencent', 'zh-cn')!.title, '为 腾讯企业邮箱 设置邮件记录（部分数值未经核实）');
  });

  it('returns nothing for an unknown provider', () => {
    assert.equal(providerSetupEdits(parse(HEAD), 'aol'), undefined);
    assert.equal(providerDescription('aol'), undefined);
  });
});

describe('providers/catalogue', () => {
  it('has the seven providers of issue 4, each value with an https source and a check date', () => {
    assert.deepEqual(providers.map((p) => p.id).sort(), ['alibaba', 'amazon-ses', 'fastmail', 'google', 'microsoft365', 'tencent', 'zoho']);
    for (const provider of providers) {
      for (const value of [...provider.mx, provider.spf, ...provider.cnames]) {
        assert.match(value.source, /^https:\/\//, provider.id);
        assert.match(value.checked, /^\d{4}-\d{2}-\d{2}$/);
        if (!value.verified) assert.ok(value.note, `${provider.id}: an unverified value says why`);
      }
    }
    assert.equal(providerChoices().length, 7);
  });

  it('never lists the undocumented hosts the source articles name', () => {
    const all = JSON.stringify(providers);
    for (const bad of ['_spf.aliyun.com', '"spf.aliyun.com"', '邮件服务']) assert.ok(!all.includes(bad), bad);
  });
});

describe('providers/providerSetupEdits without $ORIGIN', () => {
  it('writes relative names, which mean the apex whatever origin the server loads the zone with', () => {
    const text = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n';
    const fix = providerSetupEdits(parse(text), 'google')!;
    assert.match(fix.edits[0]!.newText, /^@ +IN MX +1 smtp\.google\.com\.$/m);
    assert.match(fix.edits[0]!.newText, /^_dmarc +IN TXT/m);
  });
});
