// Editor benchmarks against the built language server (dist/server.js over stdio): the time from didOpen of a
// large zone to its first diagnostics, and from each single-character didChange to the diagnostics of that
// version.
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.mjs';
import { percentile } from './run-tools.mjs';

/**
 * Where the k-th of `count` edits goes: a line at (k + 0.5)/count through the file, moved down to the
 * nearest line that starts a record in column 0 (an owner), so each edit renames one owner.
 */
export function editLines(lines, count) {
  const out = [];
  for (let k = 0; k < count; k++) {
    let line = Math.floor(((k + 0.5) * lines.length) / count);
    while (line < lines.length - 1 && !/^[A-Za-z0-9_]/.test(lines[line])) line++;
    out.push(line);
  }
  return out;
}

export async function measureEditor({ serverJs, file, text, edits = 50, timeoutMs = 120_000 }) {
  const client = new LspClient(process.execPath, [serverJs, '--stdio']);
  const uri = pathToFileURL(file).href;
  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
      initializationOptions: { checkedNotifications: true },
    });
    client.notify('initialized', {});
    const sync = init?.capabilities?.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;

    // The server reports its own check time per version (mailzone/checked): latency minus that is the
    // debounce and transport.
    const checkMs = new Map();
    client.on('mailzone/checked', (p) => p?.uri === uri && checkMs.set(p.version, p.milliseconds));
    const diagnosticsOf = (version) => (p) => p.uri === uri && (p.version === undefined || p.version === version);
    const openedAt = performance.now();
    const opened = client.waitFor('textDocument/publishDiagnostics', diagnosticsOf(1), timeoutMs);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version: 1, text } });
    const first = await opened;
    const openMs = first.at - openedAt;

    const lines = text.split('\n');
    const latencies = [];
    let version = 1;
    for (const line of editLines(lines, edits)) {
      version++;
      lines[line] = 'x' + lines[line];
      const change = incremental
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
        : { text: lines.join('\n') };
      const published = client.waitFor('textDocument/publishDiagnostics', diagnosticsOf(version), timeoutMs);
      const sentAt = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const { at } = await published;
      latencies.push(at - sentAt);
    }
    const checks = [...checkMs.entries()].filter(([v]) => v > 1).map(([, ms]) => ms);
    return {
      checkP50: percentile(checks, 50),
      checkP95: percentile(checks, 95),
      openCheckMs: checkMs.get(1),
      openMs,
      openDiagnostics: first.params.diagnostics.length,
      incrementalSync: incremental,
      latencies,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    };
  } finally {
    await client.shutdown();
  }
}
