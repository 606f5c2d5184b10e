import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const workspace = () => process.env.MAILZONE_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
const file = (name: string) => vscode.Uri.file(path.join(workspace(), name));

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(document);
}

/** Waits until `probe` returns a value (polling; diagnostics arrive asynchronously from the server). */
async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function mailzoneDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mailzone');
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

export function registerExtensionTests(): void {
  describe(`MailZone in VS Code (${process.env.MAILZONE_TEST_LOCALE ?? 'en'})`, () => {
    it('assigns the MailZone languages by file name and content', async () => {
      const languageOf = async (name: string) => (await vscode.workspace.openTextDocument(file(name))).languageId;
      assert.equal(await languageOf('example.com.zone'), 'zone');
      assert.equal(await languageOf('db.example.org'), 'zone');
      assert.equal(await languageOf('nginx.conf'), 'nginx');
      assert.equal(await languageOf('mta-sts.txt'), 'mta-sts');
      assert.notEqual(await languageOf('cache.db'), 'zone');
      assert.equal(await languageOf('db.config.json'), 'json');
    });

    it('activates and shows the server diagnostics with rule ids and documentation links', async () => {
      const editor = await open('example.com.zone');
      const diagnostics = await until(() => {
        const list = mailzoneDiagnostics(editor.document.uri);
        return list.some((d) => ruleOf(d) === 'mx/target-is-address') ? list : undefined;
      }, 'mx/target-is-address');
      const mx = diagnostics.find((d) => ruleOf(d) === 'mx/target-is-address')!;
      assert.equal(mx.range.start.line, 5);
      assert.ok(typeof mx.code === 'object' && mx.code.target.toString().includes('mx/target-is-address'));
      const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'mailzone');
      assert.ok(extension?.isActive, 'extension active');
      if ((process.env.MAILZONE_TEST_LOCALE ?? 'en').startsWith('zh') && vscode.env.language.startsWith('zh')) {
        assert.match(mx.message, /[\u4e00-\u9fff]/, 'messages follow the display language');
      } else if (!vscode.env.language.startsWith('zh')) {
        assert.doesNotMatch(mx.message, /[\u4e00-\u9fff]/);
      }
    });

    it('offers quick fixes and applies one', async () => {
      const editor = await open('example.com.zone');
      const mx = await until(() => mailzoneDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'mx/target-is-address'), 'diagnostic');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, mx.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix?.edit, `preferred fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.lineAt(5).text, /MX 20 ns1$/);
      await until(() => (mailzoneDiagnostics(editor.document.uri).some((d) => ruleOf(d) === 'mx/target-is-address') ? undefined : true), 'the fixed problem to disappear');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('formats, outlines and bumps the serial', async () => {
      const editor = await open('db.example.org');
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 4, insertSpaces: true });
      assert.ok(edits && edits.length > 0, 'formatting edits');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      assert.ok(symbols.some((s) => s.name === '@' && s.children.some((c) => c.name === 'SOA')));
      await vscode.commands.executeCommand('mailzone.bumpSerial');
      await until(() => (editor.document.getText().includes('2020010101') ? undefined : true), 'the serial to change');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('registers its commands', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['mailzone.showOutput', 'mailzone.showRuleDocumentation', 'mailzone.setUpMailProvider', 'mailzone.bumpSerial', 'mailzone.restartServer']) {
        assert.ok(commands.includes(id), id);
      }
      await vscode.commands.executeCommand('mailzone.showOutput');
    });

    it('restarts the server and checks again', async () => {
      await vscode.commands.executeCommand('mailzone.restartServer');
      const editor = await open('nginx.conf');
      await until(() => (mailzoneDiagnostics(editor.document.uri).length > 0 ? true : undefined), 'nginx diagnostics after restart');
    });
  });
}
