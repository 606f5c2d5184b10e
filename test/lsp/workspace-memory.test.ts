import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WORKSPACE_INDEX_STATS_REQUEST, type WorkspaceIndexStats } from '../../server/src/lsp/workspace-index';
import { ensureBuilt, LspSession, pathToUri } from './support/lsp-session';

const ZONES = 1000;
/**
 * The bound this test holds the server to, with all 1,000 zone summaries in memory after a full collection.
 * Measured: about 43 MB, of which 13 MB is the server with the folder listed and no lookup done, and about 20 MB
 * the 30,500 summary records (the index's own bound, SUMMARY_RECORD_BUDGET, is about 100 MB of summaries).
 */
const HEAP_BOUND_MB = 120;

type Stats = WorkspaceIndexStats & { heapUsed: number };

/** Zone `i` of a hosting provider's repository: 1–5 hosts of ten records behind a nine-record apex. */
function customerZone(i: number): string {
  const origin = `customer${i}.example.`;
  const lines = [
    `$ORIGIN ${origin}`,
    '$TTL 3600',
    `@ IN SOA ns1 hostmaster ${2026112300 + (i % 99)} 7200 3600 1209600 3600`,
    '@ IN NS ns1',
    '@ IN NS ns2',
    'ns1 IN A 192.0.2.1',
    'ns2 IN A 192.0.2.2',
    '@ IN MX 10 mx1',
    'mx1 IN A 192.0.2.25',
    '_spf IN TXT "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all"',
    '@ IN TXT "v=spf1 mx include:_spf -all"',
  ];
  if (i % 2 === 0) lines.push('*._report._dmarc IN TXT "v=DMARC1"');
  for (let n = 0; n < 1 + (i % 5); n++) {
    lines.push(
      `h${n} IN A 10.0.${n}.${i % 250}`,
      `h${n} IN AAAA 2001:db8::${n}:${i % 250}`,
      `h${n} IN MX 10 mx1`,
      `h${n} IN TXT "v=spf1 include:_spf.${origin} -all"`,
      `_dmarc.h${n} IN TXT "v=DMARC1; p=reject; rua=mailto:d@${origin}"`,
      `www.h${n} IN CNAME h${n}`,
      `s1._domainkey.h${n} IN TXT ( "v=DKIM1; k=ed25519; " "p=bXe4wNMWVJQK1atfXtGgKO8UOEioAO0qSYa69tZoKLw=" )`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The provider's own zone, open in the editor: an SPF include and a DMARC report address into every customer zone. */
function providerZone(version: number): string {
  const lines = ['$ORIGIN provider.example.', '$TTL 3600', `@ IN SOA ns1 hostmaster ${2026112300 + version} 7200 3600 1209600 3600`, '@ IN NS ns1', '@ IN NS ns2', 'ns1 IN A 192.0.2.1', 'ns2 IN A 192.0.2.2'];
  for (let i = 0; i < ZONES; i++) {
    lines.push(`c${i} IN TXT "v=spf1 include:_spf.customer${i}.example -all"`, `_dmarc.c${i} IN TXT "v=DMARC1; p=none; rua=mailto:d@customer${i}.example"`);
  }
  return lines.join('\n') + '\n';
}

describe('language server: memory with 1,000 zone files in the workspace', () => {
  let root: string;
  let session: LspSession;

  before(async function () {
    this.timeout(60000);
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-memory-'));
    for (let i = 0; i < ZONES; i++) {
      const shard = path.join(root, String(i % 20).padStart(2, '0'));
      fs.mkdirSync(shard, { recursive: true });
      fs.writeFileSync(path.join(shard, `customer${i}.example.zone`), customerZone(i));
    }
    // The child inherits the environment at spawn: --expose-gc lets the stats request collect before measuring.
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --expose-gc`.trim();
    try {
      session = new LspSession({ workspaceFolder: root });
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
    await session.initialize();
  });

  after(async () => {
    await session?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps a bounded heap and answers repeated cross-file lookups from the index without reading files again', async function () {
    this.timeout(120000);
    const stats = () => session.request<Stats>(WORKSPACE_INDEX_STATS_REQUEST, {});
    // The folder is listed just after `initialized`.
    let listed = await stats();
    for (let i = 0; listed.zoneFiles < ZONES && i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      listed = await stats();
    }
    assert.equal(listed.zoneFiles, ZONES);
    assert.equal(listed.zoneReads, 0, 'listing reads only the head of each file');

    const uri = pathToUri(path.join(root, 'provider.example.zone'));
    await session.open(uri, providerZone(1));
    const first = await session.diagnostics(uri, 1, 60000);
    // Odd customers do not authorise the provider's reports: found through their summaries.
    assert.equal(first.filter((d) => d.code === 'dmarc/report-authorization').length, ZONES / 2);
    const opened = await stats();
    assert.equal(opened.summaries, ZONES);
    assert.equal(opened.zoneReads, ZONES, 'each customer zone read once');

    await session.change(uri, 2, [{ text: providerZone(2) }]);
    const second = await session.diagnostics(uri, 2, 60000);
    assert.equal(second.filter((d) => d.code === 'dmarc/report-authorization').length, ZONES / 2);
    const edited = await stats();
    assert.equal(edited.zoneReads, ZONES, 'no file read again for the second check');

    const heapMb = edited.heapUsed / 2 ** 20;
    console.log(
      `      ${ZONES} zone files, ${edited.summaryRecords} summary records: server heap ${heapMb.toFixed(1)} MB after a collection ` +
        `(${(listed.heapUsed / 2 ** 20).toFixed(1)} MB with the folder listed, before any lookup; bound ${HEAP_BOUND_MB} MB)`,
    );
    assert.ok(heapMb < HEAP_BOUND_MB, `heap ${heapMb.toFixed(1)} MB`);
  });
});
