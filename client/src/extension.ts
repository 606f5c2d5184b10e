import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import type { CheckedNotification } from '../../server/src/lsp/protocol';
import { MAILZONE_LANGUAGES, StatusItem } from './status';

let client: LanguageClient | undefined;

/**
 * Starts the bundled language server over IPC for zone files, nginx configurations and MTA-STS policies,
 * and adds the output channel, the language status item and the palette commands.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('MailZone', { log: true });
  const status = new StatusItem();
  context.subscriptions.push(output, status);

  let listeners: vscode.Disposable[] = [];
  const start = async () => {
    client = createClient(context, output);
    listeners = [
      client.onDidChangeState((event) => status.setState(event.newState)),
      client.onNotification('mailzone/checked', (checked: CheckedNotification) => status.checked(checked.uri, checked.milliseconds)),
    ];
    try {
      await client.start();
    } catch (error) {
      output.error(`the language server failed to start: ${String(error)}`);
    }
  };
  const restart = async () => {
    const previous = client;
    client = undefined;
    for (const listener of listeners) listener.dispose();
    if (previous) await previous.dispose().catch(() => undefined);
    await start();
  };

  registerCommands(context, output, () => client, restart);
  // Trust widens what the server may read (files outside the workspace), so it starts again with it.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()));
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: MAILZONE_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    diagnosticCollectionName: 'mailzone',
    initializationOptions: { locale: vscode.env.language, trusted: vscode.workspace.isTrusted, checkedNotifications: true, ruleDocumentationCommand: 'mailzone.showRuleDocumentation' },
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('mailzone', 'MailZone', serverOptions, clientOptions);
}
