import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

/** Builds the bundles when they are missing (`npm test` builds them before mocha runs). */
export function ensureBuilt(): void {
  if (fs.existsSync(SERVER)) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

export interface SessionOptions {
  locale?: string;
  settings?: Record<string, unknown>;
  /** Answer workspace/configuration requests (the VS Code way) instead of pushing settings. */
  pullConfiguration?: boolean;
  snippetEdits?: boolean;
  workspaceFolder?: string;
  trusted?: boolean;
  /** More initializationOptions (e.g. ruleDocumentationCommand). */
  initializationOptions?: Record<string, unknown>;
}

/**
 * The built language server in a child process, driven over stdio with JSON-RPC the way an editor does.
 * Collects published diagnostics and applied workspace edits so tests can wait for them.
 */
export class LspSession {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly appliedEdits: unknown[] = [];
  readonly logs: string[] = [];
  stderr = '';
  private waiters: Array<() => void> = [];
  settings: Record<string, unknown>;

  constructor(private readonly options: SessionOptions = {}) {
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [path.join(ROOT, 'bin/mailzone-language-server.js')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onNotification(() => this.wake());
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'mailzone' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.appliedEdits.push(params);
      this.wake();
      return { applied: true };
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const folder = this.options.workspaceFolder;
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToUri(folder) : null,
      workspaceFolders: folder ? [{ uri: pathToUri(folder), name: 'ws' }] : null,
      locale: this.options.locale,
      initializationOptions: {
        locale: this.options.locale,
        trusted: this.options.trusted,
        settings: this.options.pullConfiguration ? undefined : this.settings,
        ...this.options.initializationOptions,
      },
      capabilities: {
        workspace: {
          configuration: this.options.pullConfiguration === true,
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, snippetEditSupport: this.options.snippetEdits === true },
        },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } } },
      },
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'zone', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Waits for the diagnostics of `uri` (at `version`, when given) and returns them. */
  async diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const found = await this.until(() => this.published.find((p) => p.uri === uri && (version === undefined || p.version === version)), timeoutMs);
    return found.diagnostics;
  }

  /** Resolves with the first truthy value of `probe`, checked after every message from the server. */
  until<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out; server stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const check = () => {
        const value = probe();
        if (!value) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve(value);
      };
      this.waiters.push(check);
      check();
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** shutdown + exit; resolves with the exit code. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
    return code;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}
