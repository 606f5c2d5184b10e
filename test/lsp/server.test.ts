import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type {
  CodeAction,
  CompletionItem,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  Location,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fixes/index';
import { nextSerial } from '../../server/src/engine/zone/serial';
import { ensureBuilt, LspSession, pathToUri } from './support/lsp-session';

const URI = 'file:///virtual/example.com.zone';

/** A zone with problems the zone rules report: an MX pointing at an alias, a single NS, a missing final newline. */
const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster (',
  '   2020010101 7200 3600 1209600 300 )',
  '@   IN NS ns1',
  '  IN MX 10 mail',
  'ns1 IN A 192.0.2.1',
  'www 300 IN A 192.0.2.2',
  'mail IN CNAME www',
  '',
].join('\n');

/** A zone whose problems have preferred (automatic) fixes: an MX at an address that ns1 has, a rua without mailto:. */
const FIXABLE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster ( 2020010101 7200 3600 1209600 300 )',
  '@ IN NS ns1',
  '@ IN NS ns2',
  '@ IN MX 20 192.0.2.1',
  'ns1 IN A 192.0.2.1',
  'ns2 IN A 192.0.2.3',
  '_dmarc IN TXT "v=DMARC1; p=none; rua=d@example.com"',
  '',
].join('\n');

const rules = (list: Array<{ code?: number | string }>) => list.map((d) => String(d.code));

describe('language server over stdio', function () {
  this.timeout(30_000);
  let session: LspSession;
  let init: InitializeResult;

  before(async () => {
    ensureBuilt();
    session = new LspSession({ locale: 'en' });
    init = await session.initialize();
  });

  after(async () => {
    await session?.close();
  });

  it('announces incremental sync and the features it serves', () => {
    const caps = init.capabilities;
    const sync = caps.textDocumentSync as { change: number; willSaveWaitUntil: boolean };
    assert.equal(sync.change, 2, 'incremental');
    assert.equal(sync.willSaveWaitUntil, true);
    assert.ok(caps.hoverProvider && caps.completionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider);
    assert.ok(caps.documentFormattingProvider && caps.definitionProvider && caps.documentLinkProvider);
    const kinds = (caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.ok(kinds.includes('quickfix') && kinds.includes('source.fixAll.mailzone'));
    assert.ok(caps.executeCommandProvider?.commands.includes('mailzone.server.bumpSerial'));
    assert.equal(init.serverInfo?.name, 'mailzone-language-server');
  });

  it('publishes diagnostics on open with rule ids, documentation links and the document version', async () => {
    await session.open(URI, ZONE, 'zone', 1);
    const diagnostics = await session.diagnostics(URI, 1);
    const cname = diagnostics.find((d) => d.code === 'zone/target-is-cname');
    assert.ok(cname, `expected zone/target-is-cname in ${rules(diagnostics)}`);
    assert.equal(cname.source, 'mailzone');
    assert.match(cname.codeDescription!.href, /zone\/target-is-cname/);
    assert.equal(cname.range.start.line, 5, 'the MX record line');
  });

  it('applies incremental changes and re-lints the new text', async () => {
    // Point the MX at the host itself: replace "mail" (line 5, columns 11-15) with "www".
    await session.change(URI, 2, [{ range: { start: { line: 5, character: 11 }, end: { line: 5, character: 15 } }, text: 'www' }]);
    const diagnostics = await session.diagnostics(URI, 2);
    assert.ok(!rules(diagnostics).includes('zone/target-is-cname'), `still reported: ${rules(diagnostics)}`);
  });

  it('publishes rapid edits in order and ends with the last version (never an older one after a newer)', async () => {
    const before = session.published.length;
    // Sent together: the server checks a burst once when it arrives at once (test/lsp/publisher.test.ts tests
    // the coalescing itself; over a pipe the messages may arrive in several reads).
    const edit = { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '; x\n' };
    await Promise.all([3, 4, 5, 6, 7, 8].map((version) => session.change(URI, version, [edit])));
    await session.diagnostics(URI, 8);
    const versions = session.published.slice(before).filter((p) => p.uri === URI).map((p) => p.version!);
    assert.equal(versions[versions.length - 1], 8);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.equal(new Set(versions).size, versions.length);
  });

  it('offers the diagnostic fixes as quick fixes', async () => {
    const uri = 'file:///virtual/fixes.example.zone';
    const text = ZONE.replace('  IN MX 10 mail', '  IN MX 10 mail\n@ IN TXT v=spf1 -all; comment');
    await session.open(uri, text, 'zone', 1);
    const diagnostics = await session.diagnostics(uri, 1);
    const withFix = diagnostics.find((d) => d.code === 'zone/target-is-cname')!;
    assert.ok(withFix, `diagnostics: ${rules(diagnostics)}`);
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: withFix.range,
      context: { diagnostics: [withFix], only: ['quickfix'] },
    });
    assert.ok(actions.length > 0, 'at least one quick fix');
    for (const action of actions) {
      assert.equal(action.kind, 'quickfix');
      const change = action.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.uri, uri);
      assert.equal(change.textDocument.version, 1);
    }
    assert.ok(actions.some((a) => a.diagnostics?.[0]?.code === 'zone/target-is-cname'));
  });

  it('offers disable-rule comments for a diagnostic', async () => {
    const diagnostics = await session.diagnostics(URI);
    const target = diagnostics.find((d) => d.code === 'zone/single-ns')!;
    assert.ok(target, rules(diagnostics).join());
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    const inserted = actions.flatMap((a) => (a.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]).map((e) => e.newText);
    assert.ok(inserted.some((text) => /^\s*; mailzone-disable-next-line zone\/single-ns/.test(text)), inserted.join(' | '));
    assert.ok(inserted.some((text) => text.startsWith('; mailzone-disable zone/single-ns')), inserted.join(' | '));
  });

  it('offers "set up mail for <provider>" at the apex and runs it as a command', async () => {
    const uri = 'file:///virtual/provider.example.zone';
    await session.open(uri, FIXABLE, 'zone', 1);
    const atApex = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [] },
    });
    const setups = atApex.filter((a) => a.kind === 'refactor.mailzone.provider');
    assert.ok(setups.length >= 5, atApex.map((a) => a.title).join(' | '));
    const elsewhere = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.equal(elsewhere.filter((a) => a.kind === 'refactor.mailzone.provider').length, 0, 'only on apex records');
    const choices = await session.request<Array<{ id: string; label: string }>>('workspace/executeCommand', { command: 'mailzone.server.listProviders', arguments: [uri] });
    assert.ok(choices.some((c) => c.id === 'google'));
    const result = await session.request<{ edits: number } | null>('workspace/executeCommand', { command: 'mailzone.server.setUpProvider', arguments: [uri, 'google'] });
    assert.ok(result && result.edits > 0);
    const applied = session.appliedEdits.at(-1) as { edit: { documentChanges: TextDocumentEdit[] } };
    const texts = (applied.edit.documentChanges[0]!.edits as TextEdit[]).map((e) => e.newText).join('');
    assert.match(texts, /smtp\.google\.com|aspmx\.l\.google\.com/);
    assert.doesNotMatch(texts, /\$\{\d/, 'no snippet syntax for a client without snippet edits');
  });

  it('source.fixAll.mailzone applies the automatic fixes and removes what they fix', async () => {
    const uri = 'file:///virtual/fixall.example.zone';
    await session.open(uri, FIXABLE, 'zone', 1);
    const before = await session.diagnostics(uri, 1);
    const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.mailzone'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.mailzone');
    const edits = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const fixed = applyEdits(FIXABLE, edits.map((e) => ({ path: uri, range: e.range, newText: e.newText })));
    assert.match(fixed, /@ IN MX 20 ns1\n/);
    assert.match(fixed, /rua=mailto:d@example\.com/);
    await session.change(uri, 2, [{ text: fixed }]);
    const after = await session.diagnostics(uri, 2);
    assert.ok(after.length < before.length, `before ${rules(before)}, after ${rules(after)}`);
    assert.ok(!rules(after).includes('mx/target-is-address') && !rules(after).includes('dmarc/report-uri'), rules(after).join());
  });

  it('answers hover and completion requests anywhere without failing', async () => {
    const positions = [
      { line: 0, character: 0 },
      { line: 2, character: 9 },
      { line: 5, character: 6 },
      { line: 999, character: 999 },
    ];
    for (const position of positions) {
      const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position });
      if (hover) assert.ok(hover.contents, 'a hover has contents');
      const items = await session.request<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: URI }, position });
      assert.ok(items === null || Array.isArray(items));
    }
  });

  it('formats by aligning columns without changing any token', async () => {
    const uri = 'file:///virtual/format.example.zone';
    await session.open(uri, ZONE, 'zone', 1);
    const edits = await session.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.ok(edits.length > 0);
    const formatted = applyEdits(ZONE, edits.map((e) => ({ path: uri, range: e.range, newText: e.newText })));
    const tokens = (text: string) => text.split(/\s+/).filter(Boolean);
    assert.deepEqual(tokens(formatted), tokens(ZONE));
    const types = formatted.split('\n').filter((l) => /\b(NS|MX|A|CNAME)\b/.test(l) && !l.startsWith('$')).map((l) => l.search(/\b(NS|MX|A|CNAME)\b/));
    assert.equal(new Set(types).size, 1, `type column aligned: ${formatted}`);
    const again = await session.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    await session.change(uri, 2, [{ text: formatted }]);
    const second = await session.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.ok(again.length > 0);
    assert.deepEqual(second, [], 'formatting is idempotent');
  });

  it('outlines owners with their records, folds the SOA, and goes from a target to its records', async () => {
    const uri = 'file:///virtual/outline.example.zone';
    await session.open(uri, ZONE, 'zone', 1);
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const apex = symbols.find((s) => s.name === '@')!;
    assert.deepEqual(apex.children!.map((c) => c.name), ['SOA', 'NS', 'MX']);
    assert.ok(symbols.some((s) => s.name === 'mail'));
    const folds = await session.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 2 && f.endLine === 3), JSON.stringify(folds));
    const targets = await session.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 4, character: 11 } });
    assert.deepEqual(targets.map((t) => [t.uri, t.range.start.line]), [[uri, 6]]);
  });

  it('links $INCLUDE paths to files', async () => {
    const uri = 'file:///srv/zones/example.com.zone';
    await session.open(uri, '$ORIGIN example.com.\n$INCLUDE keys/dkim.inc\n', 'zone', 1);
    const links = await session.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, 1);
    assert.equal(links[0]!.target, 'file:///srv/zones/keys/dkim.inc');
    assert.equal(links[0]!.range.start.character, 9);
  });

  it('bumps the SOA serial through the server command (YYYYMMDDnn)', async () => {
    const uri = 'file:///virtual/serial.example.zone';
    await session.open(uri, ZONE, 'zone', 1);
    const result = await session.request<{ from: string; to: string }>('workspace/executeCommand', {
      command: 'mailzone.server.bumpSerial',
      arguments: [uri],
    });
    assert.equal(result.from, '2020010101');
    assert.equal(result.to, String(nextSerial(2020010101, new Date())));
    const applied = session.appliedEdits.at(-1) as { edit: { documentChanges: TextDocumentEdit[] } };
    const edit = applied.edit.documentChanges[0]!;
    assert.equal(edit.textDocument.uri, uri);
    assert.equal((edit.edits[0] as TextEdit).newText, result.to);
    assert.deepEqual((edit.edits[0] as TextEdit).range, { start: { line: 3, character: 3 }, end: { line: 3, character: 13 } });
  });

  it('returns rule documentation from the catalogue', async () => {
    const doc = await session.request<{ rule: string; markdown: string } | null>('workspace/executeCommand', {
      command: 'mailzone.server.ruleDocumentation',
      arguments: ['zone/target-is-cname'],
    });
    assert.ok(doc);
    assert.match(doc.markdown, /^# zone\/target-is-cname/);
    const missing = await session.request('workspace/executeCommand', { command: 'mailzone.server.ruleDocumentation', arguments: ['no/such-rule'] });
    assert.equal(missing, null);
  });

  it('survives binary and pathological input and keeps serving', async () => {
    const uri = 'file:///virtual/junk.zone';
    const junk = '\u0000\u0001(((\n"unterminated\n' + 'x'.repeat(200_000) + '\n)))\uFFFF\n';
    await session.open(uri, junk, 'zone', 1);
    const diagnostics = await session.diagnostics(uri, 1);
    assert.ok(Array.isArray(diagnostics));
    await session.change(uri, 2, [{ text: '@ IN ( SOA "\n;;;\n' + '('.repeat(5000) }]);
    await session.diagnostics(uri, 2);
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = 'file:///virtual/closing.example.zone';
    await session.open(uri, ZONE, 'zone', 1);
    assert.ok((await session.diagnostics(uri, 1)).length > 0);
    const count = session.published.length;
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await session.until(() => session.published.slice(count).find((p) => p.uri === uri));
    assert.deepEqual(cleared.diagnostics, []);
  });
});

describe('language server settings and locale', function () {
  this.timeout(30_000);
  before(() => ensureBuilt());

  it('speaks Simplified Chinese when the client reports zh-cn', async () => {
    const zh = new LspSession({ locale: 'zh-cn' });
    const en = new LspSession({ locale: 'en' });
    try {
      await Promise.all([zh.initialize(), en.initialize()]);
      await Promise.all([zh.open(URI, ZONE), en.open(URI, ZONE), zh.open(`${URI}.fixable`, FIXABLE)]);
      const [zhList, enList] = await Promise.all([zh.diagnostics(URI, 1), en.diagnostics(URI, 1)]);
      const zhMessage = zhList.find((d) => d.code === 'zone/target-is-cname')!.message as string;
      const enMessage = enList.find((d) => d.code === 'zone/target-is-cname')!.message as string;
      assert.match(zhMessage, /[\u4e00-\u9fff]/);
      assert.doesNotMatch(enMessage, /[\u4e00-\u9fff]/);
      const actions = await zh.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: `${URI}.fixable` },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.mailzone'] },
      });
      assert.match(actions[0]!.title, /[\u4e00-\u9fff]/);
    } finally {
      await Promise.all([zh.close(), en.close()]);
    }
  });

  it('applies mailzone.rules severities pulled with workspace/configuration, and follows changes', async () => {
    const session = new LspSession({ pullConfiguration: true, settings: { rules: { 'zone/single-ns': 'off', 'zone/target-is-cname': 'hint' } } });
    try {
      await session.initialize();
      await session.open(URI, ZONE);
      const list = await session.until(() => {
        const latest = session.published.filter((p) => p.uri === URI).at(-1);
        return latest && latest.diagnostics.some((d) => d.code === 'zone/target-is-cname' && d.severity === 4) ? latest.diagnostics : undefined;
      });
      assert.ok(!rules(list).includes('zone/single-ns'));
      session.settings = { rules: { 'zone/target-is-cname': 'off' } };
      const count = session.published.length;
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const updated = await session.until(() => session.published.slice(count).find((p) => p.uri === URI));
      assert.ok(!rules(updated.diagnostics).includes('zone/target-is-cname'));
      assert.ok(rules(updated.diagnostics).includes('zone/single-ns'));
    } finally {
      await session.close();
    }
  });

  it('mailzone.run = onSave checks on open and save, not on each change', async () => {
    const session = new LspSession({ settings: { run: 'onSave' } });
    try {
      await session.initialize();
      await session.open(URI, ZONE);
      await session.diagnostics(URI, 1);
      await session.change(URI, 2, [{ text: ZONE.replace('mail IN CNAME www', 'mail IN A 192.0.2.9') }]);
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.ok(!session.published.some((p) => p.uri === URI && p.version === 2), 'no check on change');
      await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri: URI } });
      const saved = await session.diagnostics(URI, 2);
      assert.ok(!rules(saved).includes('zone/target-is-cname'));
    } finally {
      await session.close();
    }
  });

  it('checks files above mailzone.maxFileSize on open and save only, with an info diagnostic', async () => {
    const session = new LspSession({ settings: { maxFileSize: 100 } });
    try {
      await session.initialize();
      await session.open(URI, ZONE);
      const opened = await session.diagnostics(URI, 1);
      const info = opened.find((d) => d.code === 'core/file-too-large');
      assert.ok(info && info.severity === 3, rules(opened).join());
      assert.ok(rules(opened).includes('zone/target-is-cname'), 'still checked on open');
      await session.change(URI, 2, [{ text: ZONE + '; more\n' }]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.ok(!session.published.some((p) => p.uri === URI && p.version === 2), 'no check per keystroke');
      await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri: URI } });
      assert.ok((await session.diagnostics(URI, 2)).length > 0);
    } finally {
      await session.close();
    }
  });

  it('bumps the serial on save when the zone changed and the serial did not', async () => {
    const session = new LspSession({ settings: { serial: { bumpOnSave: true } } });
    try {
      await session.initialize();
      await session.open(URI, ZONE);
      const unchanged = await session.request<TextEdit[]>('textDocument/willSaveWaitUntil', { textDocument: { uri: URI }, reason: 1 });
      assert.deepEqual(unchanged, [], 'nothing changed yet');
      await session.change(URI, 2, [{ text: ZONE.replace('192.0.2.2', '192.0.2.3') }]);
      const bumped = await session.request<TextEdit[]>('textDocument/willSaveWaitUntil', { textDocument: { uri: URI }, reason: 1 });
      assert.equal(bumped.length, 1);
      assert.equal(bumped[0]!.newText, String(nextSerial(2020010101, new Date())));
      await session.change(URI, 3, [{ text: ZONE.replace('192.0.2.2', '192.0.2.3').replace('2020010101', '2020010102') }]);
      const manual = await session.request<TextEdit[]>('textDocument/willSaveWaitUntil', { textDocument: { uri: URI }, reason: 1 });
      assert.deepEqual(manual, [], 'the user bumped it already');
    } finally {
      await session.close();
    }
  });

  it('adds a "show documentation" action per rule when the client names a command for it', async () => {
    const session = new LspSession({ initializationOptions: { ruleDocumentationCommand: 'editor.showRuleDocs' } });
    try {
      await session.initialize();
      await session.open(URI, ZONE);
      const diagnostics = await session.diagnostics(URI, 1);
      const target = diagnostics.find((d) => d.code === 'zone/target-is-cname')!;
      const actions = await session.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: target.range, context: { diagnostics: [target] } });
      const docs = actions.filter((a) => a.command?.command === 'editor.showRuleDocs');
      assert.deepEqual(docs.map((a) => a.command!.arguments), [['zone/target-is-cname']]);
    } finally {
      await session.close();
    }
  });

  it('shuts down cleanly with exit code 0', async () => {
    const session = new LspSession();
    await session.initialize();
    assert.equal(await session.close(), 0);
  });
});

describe('language server in a workspace folder', function () {
  this.timeout(30_000);
  let root: string;
  let session: LspSession;

  before(async () => {
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-lsp-'));
    fs.writeFileSync(path.join(root, '.mailzone.json'), JSON.stringify({ rules: { 'zone/single-ns': 'off', 'zone/soa-timers': 'loud' } }));
    fs.writeFileSync(path.join(root, 'db.example.net'), '$ORIGIN example.net.\n$TTL 60\n_spf IN TXT "v=spf1 ip4:192.0.2.0/24 -all"\n');
    fs.writeFileSync(path.join(root, 'nginx.conf'), 'http {\nserver {\nlisten 443 ssl;\nssl_protocols TLSv1 TLSv1.2;\n}\n}\n');
    session = new LspSession({ workspaceFolder: root });
    await session.initialize();
  });

  after(async () => {
    await session?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('applies .mailzone.json and reports its problems on the file itself', async () => {
    const uri = pathToUri(path.join(root, 'example.com.zone'));
    await session.open(uri, ZONE);
    const diagnostics = await session.diagnostics(uri, 1);
    assert.ok(!rules(diagnostics).includes('zone/single-ns'), rules(diagnostics).join());
    assert.ok(rules(diagnostics).includes('zone/target-is-cname'));
    const config = await session.diagnostics(pathToUri(path.join(root, '.mailzone.json')));
    assert.ok(config.length > 0 && config.every((d) => d.source === 'mailzone'));
    assert.match(String(config[0]!.message), /loud/);
  });

  it('goes from an SPF include to the TXT record in another zone file of the workspace', async () => {
    const uri = pathToUri(path.join(root, 'example.com.zone'));
    const text = '$ORIGIN example.com.\n$TTL 60\n@ IN TXT "v=spf1 include:_spf.example.net -all"\n';
    await session.change(uri, 2, [{ text }]);
    const column = text.split('\n')[2]!.indexOf('_spf.example.net') + 2;
    const locations = await session.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: column } });
    assert.deepEqual(locations.map((l) => [l.uri, l.range.start.line]), [[pathToUri(path.join(root, 'db.example.net')), 2]]);
  });

  it('completes SPF mechanisms and DMARC tags inside TXT values', async () => {
    const uri = pathToUri(path.join(root, 'complete.example.com.zone'));
    const text = '$ORIGIN example.com.\n$TTL 60\n@ IN TXT "v=spf1 "\n_dmarc IN TXT "v=DMARC1; "\n';
    await session.open(uri, text);
    const spf = await session.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 17 } });
    assert.ok(spf.some((item) => item.label === 'include:') && spf.some((item) => item.label === '-all'), spf.map((i) => i.label).join());
    const dmarc = await session.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 24 } });
    assert.ok(dmarc.some((item) => item.label === 'rua='), dmarc.map((i) => i.label).join());
    assert.ok(!dmarc.some((item) => item.label === 'include:'));
  });

  it('hovers SPF terms with their meaning', async () => {
    const uri = pathToUri(path.join(root, 'example.com.zone'));
    const line = '@ IN TXT "v=spf1 include:_spf.example.net -all"';
    const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: line.indexOf('-all') + 2 } });
    assert.ok(hover, 'a hover on -all');
    const contents = hover.contents as { kind?: string; value?: string };
    assert.ok(typeof contents.value === 'string' && contents.value.length > 10);
  });

  it('links nginx file arguments and goes from an include to its file', async () => {
    fs.mkdirSync(path.join(root, 'conf.d'), { recursive: true });
    fs.writeFileSync(path.join(root, 'conf.d/site.conf'), 'server { listen 80; }\n');
    const uri = pathToUri(path.join(root, 'nginx-main.conf'));
    const text = 'events {}\nhttp {\n    include conf.d/site.conf;\n    ssl_certificate certs/example.pem;\n}\n';
    await session.open(uri, text, 'nginx');
    const links = await session.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.ok(links.some((l) => l.target === pathToUri(path.join(root, 'certs/example.pem')) && l.range.start.line === 3), JSON.stringify(links));
    const locations = await session.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 16 } });
    assert.deepEqual(locations.map((l) => l.uri), [pathToUri(path.join(root, 'conf.d/site.conf'))]);
  });

  it('checks, outlines and formats nginx configuration', async () => {
    const uri = pathToUri(path.join(root, 'nginx.conf'));
    const text = fs.readFileSync(path.join(root, 'nginx.conf'), 'utf8');
    await session.open(uri, text, 'nginx');
    const diagnostics = await session.diagnostics(uri, 1);
    assert.ok(rules(diagnostics).some((r) => r.startsWith('nginx/')), rules(diagnostics).join());
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    const edits = await session.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    const formatted = applyEdits(text, edits.map((e) => ({ path: uri, range: e.range, newText: e.newText })));
    assert.match(formatted, /\n {4}server \{\n {8}listen 443 ssl;/);
  });
});

describe('language server in an untrusted workspace', function () {
  this.timeout(30_000);
  let root: string;
  let outside: string;

  before(() => {
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-untrusted-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-elsewhere-'));
    fs.writeFileSync(path.join(outside, 'keys.inc'), 'sel._domainkey 60 IN TXT "v=DKIM1; p="\n');
    fs.writeFileSync(path.join(root, 'keys.inc'), 'sel2._domainkey 60 IN TXT "v=DKIM1; p="\n');
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  for (const trusted of [true, false]) {
    it(`${trusted ? 'follows' : 'does not follow'} an $INCLUDE outside the workspace when ${trusted ? '' : 'not '}trusted`, async () => {
      const session = new LspSession({ workspaceFolder: root, trusted });
      try {
        await session.initialize();
        const uri = pathToUri(path.join(root, 'example.com.zone'));
        const text = `$ORIGIN example.com.\n$TTL 60\n$INCLUDE ${path.join(outside, 'keys.inc')}\n$INCLUDE keys.inc\n`;
        await session.open(uri, text);
        const diagnostics = await session.diagnostics(uri, 1);
        const missing = diagnostics.filter((d) => d.code === 'zone/include-missing').map((d) => d.range.start.line);
        assert.deepEqual(missing, trusted ? [] : [2], rules(diagnostics).join());
      } finally {
        await session.close();
      }
    });
  }
});
