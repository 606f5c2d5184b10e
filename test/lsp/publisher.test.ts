import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { LintScheduler } from '../../server/src/lsp/lint-scheduler';
import { DiagnosticsPublisher } from '../../server/src/lsp/publisher';

const diagnostic = (message: string): Diagnostic => ({ message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });

describe('diagnostics publisher', () => {
  it('merges what several documents report on one included file, replacing source by source', () => {
    const sent = new Map<string, string[]>();
    const publisher = new DiagnosticsPublisher((uri, list) => sent.set(uri, list.map((d) => String(d.message))));
    publisher.publish('a.zone', new Map([['a.zone', [diagnostic('a1')]], ['keys.inc', [diagnostic('from a')]]]));
    publisher.publish('b.zone', new Map([['keys.inc', [diagnostic('from b')]]]));
    assert.deepEqual(sent.get('keys.inc'), ['from a', 'from b']);
    assert.deepEqual(sent.get('b.zone'), [], 'a document with no findings is cleared');
    publisher.publish('a.zone', new Map([['a.zone', [diagnostic('a2')]]]));
    assert.deepEqual(sent.get('keys.inc'), ['from b'], 'a stops reporting on the include');
    assert.deepEqual(sent.get('a.zone'), ['a2']);
    publisher.clear('b.zone');
    assert.deepEqual(sent.get('keys.inc'), []);
    assert.deepEqual(publisher.current("a.zone").map((d) => String(d.message)), ["a2"]);
  });

  it('does not publish to a source that is not a document', () => {
    const sent: string[] = [];
    const publisher = new DiagnosticsPublisher((uri) => sent.push(uri));
    publisher.publish('config:x', new Map([['file:///w/.mailzone.json', [diagnostic('bad')]]]), undefined, false);
    assert.deepEqual(sent, ['file:///w/.mailzone.json']);
  });
});

describe('lint scheduler', () => {
  it('runs only the newest request of a document, after its delay', async () => {
    const versions = new Map([['a', 1]]);
    const runs: Array<[string, number]> = [];
    const scheduler = new LintScheduler((uri) => versions.get(uri), (uri, version) => runs.push([uri, version]));
    scheduler.schedule('a', 1, 20);
    versions.set('a', 2);
    scheduler.schedule('a', 2, 20);
    assert.ok(scheduler.isPending('a'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(runs, [['a', 2]]);
  });

  it('drops a run whose document changed or closed meanwhile', async () => {
    const versions = new Map<string, number>([['a', 1], ['b', 1]]);
    const runs: string[] = [];
    const scheduler = new LintScheduler((uri) => versions.get(uri), (uri) => runs.push(uri));
    scheduler.schedule('a', 1, 10);
    scheduler.schedule('b', 1, 10);
    versions.set('a', 2);
    versions.delete('b');
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.deepEqual(runs, []);
    scheduler.schedule('a', 2, 10);
    scheduler.dispose();
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.deepEqual(runs, []);
  });

  it('with no delay, waits for messages already queued: a burst handled one per turn is checked once', async () => {
    const versions = new Map([['a', 1]]);
    const runs: Array<[string, number]> = [];
    const scheduler = new LintScheduler((uri) => versions.get(uri), (uri, version) => runs.push([uri, version]));
    // What vscode-jsonrpc does with queued messages: one per setImmediate turn, each scheduling a lint.
    await new Promise<void>((resolve) => {
      const handle = (version: number) => {
        versions.set('a', version);
        scheduler.schedule('a', version, 0);
        if (version < 6) setImmediate(() => handle(version + 1));
        else resolve();
      };
      handle(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(runs, [['a', 6]]);
  });

  it('flush runs a pending lint at once', () => {
    const runs: number[] = [];
    const scheduler = new LintScheduler(() => 3, (_uri, version) => runs.push(version));
    scheduler.schedule('a', 3, 1000);
    scheduler.flush('a');
    assert.deepEqual(runs, [3]);
    assert.equal(scheduler.isPending('a'), false);
    scheduler.flush('a');
    assert.deepEqual(runs, [3]);
  });
});
