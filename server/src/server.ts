// The MailZone language server: LSP glue over the engine. Every answer comes from one Analysis per
// document version (lsp/documents.ts); this file only wires requests and notifications to it.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { phrase, ruleMessage } from './engine/catalog/catalogue';
import { layerSettings, loadConfigFor, type LoadedConfig } from './engine/config/index';
import { docUrlFor, type EngineDiagnostic } from './engine/diagnostics';
import { fixAllEdits } from './engine/fixes/index';
import { Analysis } from './engine/service';
import type { EngineSettings } from './engine/settings';
import type { FileReader, WorkspaceIndex } from './engine/workspace';
import { version as SERVER_VERSION } from '../../package.json';
import { disableRuleFix, disableRuleForFileFix } from './engine/suppression/index';
import { codeActions, FIX_ALL_KIND, PROVIDER_KIND } from './lsp/code-actions';
import { providerRefactorings, providerSetup, ruleDocumentation, ServerCommand, serialBump, writtenSerial } from './lsp/commands';
import { providerChoices } from './engine/providers/index';
import { fixesToWorkspaceEdit, toLspDiagnostic, type EditOptions } from './lsp/convert';
import { AnalysisStore } from './lsp/documents';
import { completionsAt, definitions, documentLinks, documentSymbols, foldingRanges, formattingEdits, hoverAt } from './lsp/features';
import { LintScheduler } from './lsp/lint-scheduler';
import { DiagnosticsPublisher } from './lsp/publisher';
import { createServerReader, isInside } from './lsp/reader';
import { defaultServerSettings, readServerSettings, type ServerSettings } from './lsp/settings';
import { pathToUri, uriToPath } from './lsp/uri';
import { ServerWorkspaceIndex, WORKSPACE_INDEX_STATS_REQUEST } from './lsp/workspace-index';

/**
 * Longest delay between the last keystroke and a lint run; a document whose last check was slow waits twice
 * that check, up to this: debouncing exists so expensive checks do not run on every keystroke, not to slow
 * cheap ones.
 */
const TYPING_DEBOUNCE_MS = 200;
/** A check this quick (an incremental keystroke check) is not debounced at all (see typingDelay). */
const QUICK_CHECK_MS = 100;
/** Delay before re-checking every open document after another file of the workspace changed. */
const WORKSPACE_DEBOUNCE_MS = 600;

export interface ServerOptions {
  /** Clock for serial bumps and certificate expiry (tests pin it). */
  now?: () => Date;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const now = options.now ?? (() => new Date());
  const documents = new TextDocuments(TextDocument);
  let settings: ServerSettings = defaultServerSettings;
  let locale = 'en';
  let roots: string[] = [];
  let trusted = true;
  let pullConfiguration = false;
  let watchFilesDynamically = false;
  let workspaceFolderEvents = false;
  let snippetEdits = false;
  /** Only the VS Code client asks for `mailzone/checked`; other editors would log it as unhandled. */
  let checkedNotifications = false;
  /** A client command that shows a rule's documentation; when given, each diagnostic gets a "Show documentation" action. */
  let documentationCommand: string | undefined;
  /** Documents edited since they were opened or last saved, with the serial as it was then. */
  const savedSerials = new Map<string, string | undefined>();
  const dirty = new Set<string>();
  const openedVersions = new Map<string, number>();
  const configCache = new Map<string, LoadedConfig | undefined>();

  const openText = (path: string) => documents.get(pathToUri(path))?.getText();
  const reader = createServerReader({ openText, roots: undefined });
  let restrictedReader = reader;
  const delegatingReader: FileReader = {
    readText: (p) => restrictedReader.readText(p),
    readBytes: (p) => restrictedReader.readBytes?.(p),
    glob: (pattern) => restrictedReader.glob?.(pattern) ?? [],
  };
  const index = new ServerWorkspaceIndex(delegatingReader, openText);

  /** Defaults < `.mailzone.json` < the editor's settings, per document. */
  const engineSettingsFor = (path: string): Partial<EngineSettings> => {
    const editor: Partial<EngineSettings> = { rules: settings.rules, maxFileSize: settings.maxFileSize, locale, now: now() };
    if (settings.nginxVersion) editor.nginxVersion = settings.nginxVersion;
    return layerSettings(configFor(path)?.settings, editor);
  };

  const store = new AnalysisStore((path) => ({ settings: engineSettingsFor(path), workspace: index }));
  const publisher = new DiagnosticsPublisher((uri, diagnostics, version) => {
    void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, diagnostics, version });
  });
  const scheduler = new LintScheduler(
    (uri) => documents.get(uri)?.version,
    (uri) => lintNow(uri),
  );
  const editOptions: EditOptions = {
    get snippets() {
      return snippetEdits;
    },
    versionOf: (uri) => documents.get(uri)?.version ?? null,
  };

  function configFor(path: string): LoadedConfig | undefined {
    if (configCache.has(path)) return configCache.get(path);
    const root = roots.find((r) => isInside(path, r));
    let loaded: LoadedConfig | undefined;
    try {
      loaded = loadConfigFor(path, restrictedReader, root, locale);
    } catch {
      loaded = undefined;
    }
    configCache.set(path, loaded);
    if (loaded) publishConfigProblems(loaded);
    return loaded;
  }

  /** Problems of a `.mailzone.json` show on that file (once per load). */
  function publishConfigProblems(loaded: LoadedConfig): void {
    const uri = pathToUri(loaded.path);
    const diagnostics = loaded.problems.map((problem) => ({
      range: { start: { line: problem.line, character: problem.character }, end: { line: problem.line, character: problem.character + 1 } },
      severity: problem.severity === 'error' ? 1 : 2,
      code: 'config/invalid-config',
      codeDescription: { href: docUrlFor('config/invalid-config') },
      source: 'mailzone',
      message: problem.message,
    })) satisfies LspDiagnostic[];
    publisher.publish(`config:${uri}`, new Map([[uri, diagnostics]]), undefined, false);
  }

  const lastCheckMs = new Map<string, number>();

  /**
   * How long to wait after a keystroke: after a quick check (at most QUICK_CHECK_MS: an incremental keystroke
   * check) no time, only until the edits already received are applied (LintScheduler), so a burst is checked
   * once; after a slow check twice its time, at most TYPING_DEBOUNCE_MS, so a slow full check does not run on
   * every keystroke.
   */
  function typingDelay(uri: string): number {
    const last = lastCheckMs.get(uri) ?? 0;
    return last <= QUICK_CHECK_MS ? 0 : Math.min(TYPING_DEBOUNCE_MS, 2 * last);
  }

  function lintNow(uri: string): void {
    const document = documents.get(uri);
    if (!document) return;
    if (!settings.enable) {
      publisher.clear(uri);
      return;
    }
    const started = Date.now();
    try {
      const analysis = store.get(document);
      // At open the serial check has already asked for the diagnostics: their time counts as this check's.
      const earlier = analysis.checkMilliseconds ?? 0;
      const found = [...analysis.diagnostics];
      if (document.getText().length > settings.maxFileSize) found.push(tooLarge(analysis, document.getText().length));
      publisher.publish(uri, groupByUri(found), document.version);
      // The check of a document as opened is a full one; what typing costs shows from the first edit on.
      const milliseconds = Math.round(earlier) + Date.now() - started;
      if (openedVersions.get(uri) !== document.version) lastCheckMs.set(uri, milliseconds);
      // Once the open's diagnostics are out, before the first keystroke's check needs it.
      else setImmediate(() => safe('prepare for edits', undefined, () => analysis.prepareForEdits()));
      if (checkedNotifications) void connection.sendNotification('mailzone/checked', {
        uri,
        version: document.version,
        milliseconds,
        problems: found.length,
      });
    } catch (error) {
      connection.console.error(`MailZone: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  function tooLarge(analysis: Analysis, size: number): EngineDiagnostic {
    return {
      rule: 'core/file-too-large',
      severity: 'info',
      message: ruleMessage('core/file-too-large', undefined, { size, limit: settings.maxFileSize }, locale),
      path: analysis.file.path,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      fixes: [],
      docUrl: docUrlFor('core/file-too-large'),
    };
  }

  function groupByUri(list: readonly EngineDiagnostic[]) {
    const grouped = new Map<string, ReturnType<typeof toLspDiagnostic>[]>();
    for (const diagnostic of list) {
      const uri = pathToUri(diagnostic.path);
      const bucket = grouped.get(uri) ?? [];
      bucket.push(toLspDiagnostic(diagnostic));
      grouped.set(uri, bucket);
    }
    return grouped;
  }

  /** Re-checks every open document, e.g. after settings or another zone changed. */
  function relintAll(delayMs: number): void {
    store.invalidateAll();
    for (const document of documents.all()) scheduler.schedule(document.uri, document.version, delayMs);
  }

  async function refreshSettings(pushed?: unknown): Promise<void> {
    const before = JSON.stringify(settings);
    if (pullConfiguration) {
      try {
        settings = readServerSettings(await connection.workspace.getConfiguration('mailzone'));
      } catch {
        settings = readServerSettings(pushed);
      }
    } else if (pushed !== undefined) settings = readServerSettings(pushed);
    configCache.clear();
    // The first answer comes while the first document is checked, and mostly says what the defaults said:
    // checking everything again for nothing would hold up those first diagnostics.
    if (JSON.stringify(settings) !== before) relintAll(0);
  }

  /** Runs a handler; an exception is logged and answered with `fallback`, never taken down the server. */
  function safe<T>(name: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`MailZone: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  // A request (hover, symbols, code actions, …) may cost a full parse of a large document: a lint waiting for
  // that document runs first, so its diagnostics are not held up behind the request.
  const analysisOf = (uri: string) => {
    const document = documents.get(uri);
    if (document) scheduler.flush(uri);
    return document ? store.get(document) : undefined;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = isObject(params.initializationOptions) ? params.initializationOptions : {};
    locale = typeof init.locale === 'string' ? init.locale : (params.locale ?? 'en');
    trusted = init.trusted !== false;
    checkedNotifications = init.checkedNotifications === true;
    documentationCommand = typeof init.ruleDocumentationCommand === 'string' ? init.ruleDocumentationCommand : undefined;
    if (init.settings !== undefined) settings = readServerSettings(init.settings);
    roots = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri)).filter((p) => !p.includes(':') || /^[A-Za-z]:/.test(p));
    if (roots.length === 0 && params.rootUri) roots = [uriToPath(params.rootUri)];
    restrictedReader = trusted ? reader : createServerReader({ openText, roots });
    const capabilities = params.capabilities;
    pullConfiguration = capabilities.workspace?.configuration === true;
    watchFilesDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
    snippetEdits = capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: { includeText: false },
          willSaveWaitUntil: true,
        },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '=', '.', '$', '_'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND, PROVIDER_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(ServerCommand) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mailzone-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mailzone' });
    if (watchFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{zone,dns,db,hosts,rev,conf,nginx,txt}' }, { globPattern: '**/db.*' }, { globPattern: '**/.mailzone.json' }],
      });
    }
    void refreshSettings();
    setImmediate(() => safe('workspace scan', undefined, () => index.scan(roots)));
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => uriToPath(folder.uri)));
        const added = event.added.map((folder) => uriToPath(folder.uri));
        roots = [...roots.filter((root) => !removed.has(root)), ...added];
        if (!trusted) restrictedReader = createServerReader({ openText, roots });
        safe('workspace scan', undefined, () => index.scan(added));
        configCache.clear();
        relintAll(WORKSPACE_DEBOUNCE_MS);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = isObject(change.settings) ? change.settings.mailzone : undefined;
    void refreshSettings(pushed);
  });

  connection.onDidChangeWatchedFiles((change) => {
    // An open document's own saves arrive here too; its text comes from the editor and didSave handles them.
    const changes = change.changes.filter((event) => event.type === FileChangeType.Deleted || !documents.get(event.uri));
    if (changes.length === 0) return;
    for (const event of changes) {
      const path = uriToPath(event.uri);
      if (event.type === FileChangeType.Deleted) index.fileDeleted(path);
      else index.fileChanged(path);
    }
    configCache.clear();
    relintAll(WORKSPACE_DEBOUNCE_MS);
  });

  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    dirty.delete(event.document.uri);
    savedSerials.set(event.document.uri, safe('open', undefined, () => writtenSerial(store.get(event.document))));
  });

  documents.onDidChangeContent((event) => {
    const { document } = event;
    const opening = openedVersions.get(document.uri) === document.version;
    if (!opening) dirty.add(document.uri);
    index.fileChanged(uriToPath(document.uri));
    const large = document.getText().length > settings.maxFileSize;
    if (opening) scheduler.schedule(document.uri, document.version, 0);
    else if (settings.run === 'onType' && !large) scheduler.schedule(document.uri, document.version, typingDelay(document.uri));
    else scheduler.cancel(document.uri);
  });

  documents.onDidSave((event) => {
    const { document } = event;
    dirty.delete(document.uri);
    savedSerials.set(document.uri, safe('save', undefined, () => writtenSerial(store.get(document))));
    scheduler.schedule(document.uri, document.version, 0);
    // Other open documents may read this one (SPF includes, DMARC report authorisation): check them again.
    for (const other of documents.all()) {
      if (other.uri === document.uri) continue;
      store.forget(other.uri);
      scheduler.schedule(other.uri, other.version, WORKSPACE_DEBOUNCE_MS);
    }
  });

  documents.onDidClose((event) => {
    const { uri } = event.document;
    scheduler.cancel(uri);
    store.forget(uri);
    publisher.clear(uri);
    dirty.delete(uri);
    lastCheckMs.delete(uri);
    savedSerials.delete(uri);
    openedVersions.delete(uri);
    index.fileChanged(uriToPath(uri));
  });

  documents.onWillSaveWaitUntil((event): LspTextEdit[] =>
    safe('serial bump on save', [], () => {
      const { document } = event;
      if (!settings.bumpSerialOnSave || !dirty.has(document.uri)) return [];
      const analysis = store.get(document);
      if (writtenSerial(analysis) !== savedSerials.get(document.uri)) return [];
      const bump = serialBump(analysis, now());
      return bump ? [{ range: bump.edit.range, newText: bump.edit.newText }] : [];
    }),
  );

  connection.onHover((params) => safe('hover', null, () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? hoverAt(analysis, params.position) : null;
  }));

  connection.onCompletion((params) => safe('completion', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? completionsAt(analysis, params.position) : [];
  }));

  connection.onCodeAction((params) => safe('code actions', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    if (!analysis || !settings.enable) return [];
    return codeActions(
      analysis,
      params,
      {
        fixAll: (a) => fixAllFor(a),
        suppressions: (a, diagnostic) => [disableRuleFix(a, diagnostic), disableRuleForFileFix(a, diagnostic)].filter((fix) => fix !== undefined),
        refactorings: (a, request) => providerRefactorings(a, request.range.start.line),
        documentation: documentationCommand
          ? (diagnostic) => ({ title: phrase('editor.showDocumentation', { rule: diagnostic.rule }, locale), command: documentationCommand!, arguments: [diagnostic.rule] })
          : undefined,
      },
      editOptions,
    );
  }));

  connection.onDocumentSymbol((params) => safe('symbols', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? documentSymbols(analysis) : [];
  }));

  connection.onFoldingRanges((params) => safe('folding', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? foldingRanges(analysis) : [];
  }));

  connection.onDocumentFormatting((params) => safe('formatting', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? formattingEdits(analysis) : [];
  }));

  connection.onDocumentRangeFormatting((params) => safe('range formatting', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? formattingEdits(analysis, params.range) : [];
  }));

  connection.onDefinition((params) => safe('definition', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? definitions(analysis, params.position) : [];
  }));

  connection.onDocumentLinks((params) => safe('links', [], () => {
    const analysis = analysisOf(params.textDocument.uri);
    return analysis ? documentLinks(analysis) : [];
  }));

  function fixAllFor(analysis: Analysis) {
    const path = analysis.file.path;
    const language = analysis.language;
    const options = { settings: engineSettingsFor(path), workspace: index };
    return fixAllEdits(
      path,
      analysis.file.text,
      (texts) => {
        const text = texts.get(path) ?? analysis.file.text;
        const reading: WorkspaceIndex = {
          reader: { ...delegatingReader, readText: (p) => texts.get(p) ?? delegatingReader.readText(p) },
          zoneFor: (fqdn) => index.zoneFor(fqdn),
          mtaStsPolicyFor: (domain) => index.mtaStsPolicyFor(domain),
        };
        return new Analysis({ path, text, language }, { ...options, workspace: reading }).diagnostics;
      },
      { read: (p) => restrictedReader.readText(p) },
    );
  }

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    const uri = typeof args[0] === 'string' ? args[0] : undefined;
    switch (params.command) {
      case ServerCommand.ruleDocumentation:
        return typeof args[0] === 'string' ? (ruleDocumentation(args[0], locale) ?? null) : null;
      case ServerCommand.bumpSerial: {
        const analysis = uri ? analysisOf(uri) : undefined;
        const bump = analysis ? serialBump(analysis, now()) : undefined;
        if (!bump) {
          void connection.window.showInformationMessage(phrase(analysis?.language === 'zone' ? 'editor.noSoa' : 'editor.notZone', undefined, locale));
          return null;
        }
        await connection.workspace.applyEdit({ label: phrase('editor.bumpSerial', undefined, locale), edit: fixesToWorkspaceEdit([{ title: '', edits: [bump.edit] }], editOptions) });
        return { from: bump.from, to: bump.to };
      }
      case ServerCommand.listProviders:
        return providerChoices(locale);
      case ServerCommand.setUpProvider: {
        const analysis = uri ? analysisOf(uri) : undefined;
        const fix = analysis && typeof args[1] === 'string' ? providerSetup(analysis, args[1]) : undefined;
        if (!fix) {
          void connection.window.showInformationMessage(phrase(analysis?.language === 'zone' ? 'editor.providerInPlace' : 'editor.notZone', undefined, locale));
          return null;
        }
        await connection.workspace.applyEdit({ label: fix.title, edit: fixesToWorkspaceEdit([fix], editOptions) });
        return { title: fix.title, edits: fix.edits.length };
      }
      case ServerCommand.fixAll: {
        const analysis = uri ? analysisOf(uri) : undefined;
        if (!analysis) return null;
        const edits = fixAllFor(analysis);
        if (edits.length > 0) await connection.workspace.applyEdit({ label: phrase('editor.fixAll', undefined, locale), edit: fixesToWorkspaceEdit([{ title: '', edits }], editOptions) });
        return { edits: edits.length };
      }
      default:
        return null;
    }
  });

  // What the workspace index holds and the server's heap (after a collection when run with --expose-gc): tests, benchmarks.
  connection.onRequest(WORKSPACE_INDEX_STATS_REQUEST, () => {
    (globalThis as { gc?: () => void }).gc?.();
    return { ...index.stats(), heapUsed: process.memoryUsage().heapUsed };
  });

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}


function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The transport (--stdio, --node-ipc, --socket=N) comes from the command line, as every LSP client passes it.
startServer(createConnection());
