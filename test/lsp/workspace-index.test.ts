import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createServerReader } from '../../server/src/lsp/reader';
import { originFromFileName, ServerWorkspaceIndex } from '../../server/src/lsp/workspace-index';

describe('server workspace index and reader', () => {
  let root: string;
  let outside: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-index-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-outside-'));
    fs.mkdirSync(path.join(root, 'zones/sub'), { recursive: true });
    fs.mkdirSync(path.join(root, 'node_modules/pkg'), { recursive: true });
    fs.mkdirSync(path.join(root, 'mta-sts.example.com/.well-known'), { recursive: true });
    fs.writeFileSync(path.join(root, 'zones/db.example.net'), '@ 60 IN SOA ns hm 1 2 3 4 5\n_spf 60 IN TXT "v=spf1 -all"\n');
    fs.writeFileSync(path.join(root, 'zones/sub/named.zone'), '$ORIGIN example.org.\n@ 60 IN MX 10 mail\n');
    fs.writeFileSync(path.join(root, 'zones/cache.db'), 'SQLite format 3\u0000\u0001binary');
    fs.writeFileSync(path.join(root, 'node_modules/pkg/ignored.zone'), '$ORIGIN ignored.test.\n');
    fs.writeFileSync(path.join(root, 'mta-sts.example.com/.well-known/mta-sts.txt'), 'version: STSv1\nmode: testing\n');
    fs.writeFileSync(path.join(outside, 'secret.zone'), '$ORIGIN secret.test.\n');
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('guesses origins from BIND-style file names', () => {
    assert.equal(originFromFileName('db.example.com'), 'example.com.');
    assert.equal(originFromFileName('Example.ORG.zone'), 'example.org.');
    assert.equal(originFromFileName('zone.db'), undefined);
  });

  it('finds the zone of a name by the longest origin, parsing it on demand', () => {
    const index = new ServerWorkspaceIndex(createServerReader({ openText: () => undefined }));
    index.scan([root]);
    assert.equal(index.zoneCount, 2, 'the .db that is not a zone and node_modules are left out');
    assert.equal(index.zoneFor('_spf.example.net.')?.origin, 'example.net.');
    assert.ok(index.zoneFor('_spf.example.net.')?.byOwner.has('_spf.example.net.'));
    assert.equal(index.zoneFor('www.example.org')?.origin, 'example.org.');
    assert.equal(index.zoneFor('example.com.'), undefined);
    assert.match(index.mtaStsPolicyFor('example.com.')!.text, /mode: testing/);
    assert.equal(index.mtaStsPolicyFor('example.net.'), undefined);
  });

  it('sees unsaved text of open documents and forgets deleted files', () => {
    const file = path.join(root, 'zones/db.example.net');
    const open = new Map([[file, '@ 60 IN SOA ns hm 1 2 3 4 5\nnew 60 IN A 192.0.2.1\n']]);
    const index = new ServerWorkspaceIndex(createServerReader({ openText: (p) => open.get(p) }), (p) => open.get(p));
    index.scan([root]);
    assert.ok(index.zoneFor('new.example.net.')?.byOwner.has('new.example.net.'));
    index.fileDeleted(file);
    assert.equal(index.zoneFor('new.example.net.'), undefined);
  });

  it('reads nothing outside the workspace folders when restricted (untrusted workspace)', () => {
    const secret = path.join(outside, 'secret.zone');
    const open = createServerReader({ openText: () => undefined });
    const restricted = createServerReader({ openText: () => undefined, roots: [root] });
    assert.ok(open.readText(secret));
    assert.equal(restricted.readText(secret), undefined);
    assert.equal(restricted.readText(path.join(root, 'zones/../../' + path.basename(outside) + '/secret.zone')), undefined);
    assert.ok(restricted.readText(path.join(root, 'zones/db.example.net')));
  });
});
