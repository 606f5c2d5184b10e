import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ServerCommand, type ProviderChoice, type RuleDocumentation } from '../../server/src/lsp/protocol';
import { MAILZONE_LANGUAGES } from './status';

/** Palette commands. Everything that needs the zone's model runs in the server, through workspace/executeCommand. */
export function registerCommands(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  client: () => LanguageClient | undefined,
  restart: () => Promise<void>,
): void {
  const execute = async <T>(command: string, args: unknown[]): Promise<T | undefined> => {
    const running = client();
    if (!running?.isRunning()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The MailZone server is not running.'));
      return undefined;
    }
    return (await running.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T | undefined;
  };

  const ruleDocuments = new RuleDocuments();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RuleDocuments.scheme, ruleDocuments),
    vscode.commands.registerCommand('mailzone.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('mailzone.restartServer', () => restart()),
    vscode.commands.registerCommand('mailzone.showRuleDocumentation', async (ruleId?: unknown) => {
      const rule = typeof ruleId === 'string' ? ruleId : await pickRule();
      if (!rule) return;
      const doc = await execute<RuleDocumentation | null>(ServerCommand.ruleDocumentation, [rule]);
      if (!doc) {
        void vscode.window.showWarningMessage(vscode.l10n.t('MailZone has no rule named {0}.', rule));
        return;
      }
      const uri = ruleDocuments.show(doc);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
    vscode.commands.registerCommand('mailzone.bumpSerial', async () => {
      const editor = zoneEditor();
      if (!editor) return;
      const result = await execute<{ from: string; to: string } | null>(ServerCommand.bumpSerial, [editor.document.uri.toString()]);
      if (result) vscode.window.setStatusBarMessage(vscode.l10n.t('SOA serial {0} → {1}', result.from, result.to), 4000);
    }),
    vscode.commands.registerCommand('mailzone.setUpMailProvider', async () => {
      const editor = zoneEditor();
      if (!editor) return;
      const providers = (await execute<ProviderChoice[]>(ServerCommand.listProviders, [editor.document.uri.toString()])) ?? [];
      if (providers.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No mail provider templates are available.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        providers.map((p) => ({ label: p.label, description: p.description, id: p.id })),
        { placeHolder: vscode.l10n.t('Set up mail for which provider?') },
      );
      if (picked) await execute(ServerCommand.setUpProvider, [editor.document.uri.toString(), picked.id]);
    }),
  );
}

/** Rule documentation as read-only virtual Markdown documents (no unsaved buffer left behind). */
class RuleDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'mailzone-rule';
  private readonly texts = new Map<string, string>();

  show(doc: RuleDocumentation): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: RuleDocuments.scheme, path: `/${doc.rule}.md` });
    this.texts.set(uri.toString(), doc.markdown);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

function zoneEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'zone') return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a DNS zone file first.'));
  return undefined;
}

/** Rules with a problem in the active document first; otherwise the user types an id. */
async function pickRule(): Promise<string | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const codes = new Set<string>();
  if (uri && MAILZONE_LANGUAGES.includes(vscode.window.activeTextEditor!.document.languageId)) {
    for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source === 'mailzone' && code !== undefined) codes.add(String(code));
    }
  }
  if (codes.size > 0) return vscode.window.showQuickPick([...codes].sort(), { placeHolder: vscode.l10n.t('Show the documentation of which rule?') });
  return vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id, e.g. spf/unknown-mechanism') });
}
