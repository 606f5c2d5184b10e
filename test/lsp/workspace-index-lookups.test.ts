import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Analysis } from '../../server/src/engine/service';
import { singleZoneWorkspace, type FileReader } from '../../server/src/engine/workspace';
import type { Zone } from '../../server/src/engine/zone/model';
import { createServerReader } from '../../server/src/lsp/reader';
import { ServerWorkspaceIndex, summarizeZone } from '../../server/src/lsp/workspace-index';

function head(origin: string): string {
  return [`$ORIGIN ${origin}`, '$TTL 3600', '@ IN SOA ns1 hostmaster 2026112301 7200 3600 1209600 3600', '@ IN NS ns1', '@ IN NS ns2', 'ns1 IN A 192.0.2.1', 'ns2 IN A 192.0.2.2'].join('\n');
}

/** The zone being checked: an SPF include and DMARC reports into the other zones of the workspace. */
const SENDER = `${head('example.com.')}
@ IN TXT "v=spf1 include:_spf.example.net include:nospf.example.net include:_spf.example.org -all"
_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.net,mailto:d@example.org"
`;

/** Nine lookups behind _spf (too many with the sender's three includes), a name without SPF, no report authorisation. */
const NET = `${head('example.net.')}
_spf IN TXT "v=spf1 a:a1.example.net a:a2.example.net a:a3.example.net a:a4.example.net a:a5.example.net a:a6.example.net a:a7.example.net a:a8.example.net a:a9.example.net"
_spf IN TXT "v=spf2 not this one"
nospf IN A 192.0.2.9
www IN CNAME nospf
s1._domainkey IN TXT "v=DKIM1; k=ed25519; p=bXe4wNMWVJQK1atfXtGgKO8UOEioAO0qSYa69tZoKLw="
`;

/** A clean include target and an authorisation for example.com's reports. */
const ORG = `${head('example.org.')}
_spf IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
example.com._report._dmarc IN TXT "v=DMARC1"
`;

function countingReader(inner: FileReader): FileReader & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    readText(p) {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return inner.readText(p);
    },
  };
}

describe('server workspace index: cross-file lookups through summaries', () => {
  let root: string;
  let sender: string;
  let net: string;
  let org: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-lookups-'));
    sender = path.join(root, 'example.com.zone');
    net = path.join(root, 'db.example.net');
    org = path.join(root, 'zones', 'example.org.zone');
    fs.mkdirSync(path.dirname(org));
    fs.writeFileSync(sender, SENDER);
    fs.writeFileSync(net, NET);
    fs.writeFileSync(org, ORG);
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const check = (workspace: ConstructorParameters<typeof Analysis>[1]) =>
    new Analysis({ path: sender, text: SENDER, language: 'zone' }, workspace).diagnostics.map((d) => ({ rule: d.rule, message: d.message, range: d.range, path: d.path }));

  it('gives the same cross-file diagnostics from summaries as from fully parsed zones', () => {
    const reader = createServerReader({ openText: () => undefined });
    const index = new ServerWorkspaceIndex(reader);
    index.scan([root]);
    const full = [net, org].map((file) => new Analysis({ path: file, text: fs.readFileSync(file, 'utf8'), language: 'zone' }).model as Zone);
    const viaIndex = check({ workspace: index });
    const viaFullZones = check({ workspace: singleZoneWorkspace(reader, full) });
    const crossFile = viaIndex.filter((d) => ['spf/too-many-lookups', 'spf/target-without-spf', 'dmarc/report-authorization'].includes(d.rule));
    assert.deepEqual(crossFile.map((d) => d.rule).sort(), ['dmarc/report-authorization', 'spf/target-without-spf', 'spf/too-many-lookups'], JSON.stringify(viaIndex, null, 1));
    assert.match(crossFile.find((d) => d.rule === 'dmarc/report-authorization')!.message, /example\.net/);
    assert.deepEqual(viaIndex, viaFullZones);
  });

  it('reads each zone once: later lookups and later checks answer from the index until the file changes', () => {
    const reader = countingReader(createServerReader({ openText: () => undefined }));
    const index = new ServerWorkspaceIndex(reader);
    index.scan([root]);
    assert.equal(reader.reads.size, 0, 'listing the folder reads only the first 4 KB of each file, not through the reader');
    const first = check({ workspace: index });
    assert.equal(reader.reads.get(net), 1);
    assert.equal(reader.reads.get(org), 1);
    for (let i = 0; i < 3; i++) assert.deepEqual(check({ workspace: index }), first);
    assert.ok(index.zoneFor('nospf.example.net.')?.byOwner.has('nospf.example.net.'));
    assert.equal(reader.reads.get(net), 1, 'an unchanged file is not read again');
    assert.equal(reader.reads.get(org), 1);
    assert.deepEqual(index.stats(), { zoneFiles: 3, policies: 0, summaries: 2, summaryRecords: 17, zoneReads: 2 });

    index.fileChanged(net);
    check({ workspace: index });
    assert.equal(reader.reads.get(net), 2, 'a changed file is read once more');
    assert.equal(reader.reads.get(org), 1);
  });

  it('keeps owners, types and positions, SPF and DMARC values, and no file text', () => {
    const model = new Analysis({ path: net, text: NET, language: 'zone' }).model as Zone;
    const summary = summarizeZone(model);
    assert.equal(summary.file.text, '', 'no text');
    assert.equal(summary.records.length, model.records.length);
    assert.deepEqual(summary.records.map((r) => [r.owner.fqdn, r.type]), model.records.map((r) => [r.owner.fqdn, r.type]));
    for (const [i, record] of summary.records.entries()) {
      assert.deepEqual(summary.file.rangeOf(record.span), model.file.rangeOf(model.records[i]!.span));
      assert.deepEqual(record.rdata, []);
    }
    const txt = (owner: string) => summary.byOwner.get(owner)!.filter((r) => r.type === 'TXT').map((r) => r.txt?.value.value);
    assert.deepEqual(txt('_spf.example.net.'), [model.byOwner.get('_spf.example.net.')![0]!.txt!.value.value, undefined]);
    assert.deepEqual(txt('s1._domainkey.example.net.'), [undefined], 'a DKIM key is not kept');
    assert.equal(summary.byOwner.get('www.example.net.')![0]!.type, 'CNAME');
  });

  it('keeps summaries within the record budget, least recently used out first', () => {
    const reader = countingReader(createServerReader({ openText: () => undefined }));
    const index = new ServerWorkspaceIndex(reader, undefined, 12);
    index.scan([root]);
    index.zoneFor('example.net.');
    assert.deepEqual([index.stats().summaries, index.stats().summaryRecords], [1, 10]);
    index.zoneFor('example.org.');
    // 10 + 7 records are over 12: example.net (used least recently) goes.
    assert.deepEqual([index.stats().summaries, index.stats().summaryRecords], [1, 7]);
    index.zoneFor('example.org.');
    assert.equal(reader.reads.get(org), 1);
    index.zoneFor('example.net.');
    assert.equal(reader.reads.get(net), 2, 'dropped from memory, so read again');
  });
});

describe('server workspace index: MTA-STS policies', () => {
  it('reads a policy once and again only after it changed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-policy-'));
    try {
      const policy = path.join(root, 'mta-sts.example.com', '.well-known', 'mta-sts.txt');
      fs.mkdirSync(path.dirname(policy), { recursive: true });
      fs.writeFileSync(policy, 'version: STSv1\nmode: testing\nmx: mx1.example.com\nmax_age: 86400\n');
      const reader = countingReader(createServerReader({ openText: () => undefined }));
      const index = new ServerWorkspaceIndex(reader);
      index.scan([root]);
      for (let i = 0; i < 3; i++) assert.match(index.mtaStsPolicyFor('example.com')!.text, /mode: testing/);
      assert.equal(reader.reads.get(policy), 1);
      fs.writeFileSync(policy, 'version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 86400\n');
      index.fileChanged(policy);
      assert.match(index.mtaStsPolicyFor('example.com')!.text, /mode: enforce/);
      assert.equal(reader.reads.get(policy), 2);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
