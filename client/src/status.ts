import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';

export const MAILZONE_LANGUAGES = ['zone', 'nginx', 'mta-sts'];

/**
 * The language status item shown for MailZone documents: the server's state, and the problem counts of
 * the active document (from the diagnostics MailZone published). Clicking it shows the output channel.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private state: State = State.Starting;
  private lastCheckMs: number | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('mailzone.status', MAILZONE_LANGUAGES.map((language) => ({ language })));
    this.item.name = 'MailZone';
    this.item.command = { title: vscode.l10n.t('Show Output'), command: 'mailzone.showOutput' };
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  setState(state: State): void {
    this.state = state;
    this.render();
  }

  checked(uri: string, milliseconds: number): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() !== uri) return;
    this.lastCheckMs = milliseconds;
    this.render();
  }

  private render(): void {
    const counts = problemCounts(vscode.window.activeTextEditor?.document.uri);
    if (this.state === State.Running) {
      this.item.severity = counts.errors > 0 ? vscode.LanguageStatusSeverity.Error : counts.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
      this.item.text = counts.errors + counts.warnings + counts.others === 0
        ? vscode.l10n.t('$(check) MailZone')
        : vscode.l10n.t('MailZone $(error) {0} $(warning) {1} $(info) {2}', counts.errors, counts.warnings, counts.others);
      this.item.detail = this.lastCheckMs === undefined ? vscode.l10n.t('running') : vscode.l10n.t('running · checked in {0} ms', this.lastCheckMs);
      this.item.busy = false;
    } else if (this.state === State.Starting) {
      this.item.text = vscode.l10n.t('MailZone: starting');
      this.item.detail = undefined;
      this.item.busy = true;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
    } else {
      this.item.text = vscode.l10n.t('MailZone: stopped');
      this.item.detail = vscode.l10n.t('Run "MailZone: Restart Server" to start it again');
      this.item.busy = false;
      this.item.severity = vscode.LanguageStatusSeverity.Error;
    }
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function problemCounts(uri: vscode.Uri | undefined): { errors: number; warnings: number; others: number } {
  const counts = { errors: 0, warnings: 0, others: 0 };
  if (!uri) return counts;
  for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
    if (diagnostic.source !== 'mailzone') continue;
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else counts.others++;
  }
  return counts;
}
