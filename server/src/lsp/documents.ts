import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language } from '../engine/diagnostics';
import { Analysis } from '../engine/service';
import { defaultSettings, type EngineSettings } from '../engine/settings';
import { detectLanguage } from '../engine/languages';
import { IncrementalZoneLint } from '../engine/zone/incremental/session';
import type { WorkspaceIndex } from '../engine/workspace';
import { uriToPath } from './uri';

export interface AnalysisContext {
  settings: Partial<EngineSettings>;
  workspace: WorkspaceIndex;
}

// Language ids editors use for these files (Vim/Neovim call zone files `bindzone`, Emacs `dns`).
const LANGUAGE_IDS: Record<string, Language> = { zone: 'zone', bindzone: 'zone', dns: 'zone', nginx: 'nginx', 'mta-sts': 'mta-sts' };

/**
 * One Analysis per open document version: every request on that version (diagnostics, hover, code
 * actions, …) shares one parse. A zone document also keeps its incremental lint from version to version, so
 * a keystroke re-checks only what it changed.
 */
export class AnalysisStore {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private readonly sessions = new Map<string, { generation: number; settingsKey: string; workspace: WorkspaceIndex; session: IncrementalZoneLint }>();
  private generation = 0;

  constructor(private readonly context: (path: string) => AnalysisContext) {}

  get(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const path = uriToPath(document.uri);
    const { settings, workspace } = this.context(path);
    const text = document.getText();
    const language = LANGUAGE_IDS[document.languageId] ?? detectLanguage(path, text);
    const incremental = language === 'zone' ? this.session(document.uri, path, settings, workspace) : undefined;
    const analysis = new Analysis({ path, text, language }, { settings, workspace, incremental });
    this.cache.set(document.uri, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** Settings or other files changed: every analysis must be rebuilt on next use. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.sessions.delete(uri);
  }

  private session(uri: string, path: string, settings: Partial<EngineSettings>, workspace: WorkspaceIndex): IncrementalZoneLint {
    // "now" moves on every call; the session keeps the one it started with (serials and dates are checked by day).
    const settingsKey = JSON.stringify({ ...settings, now: undefined });
    const kept = this.sessions.get(uri);
    if (kept && kept.session.path === path && kept.settingsKey === settingsKey && kept.workspace === workspace) {
      // Other files changed (or settings were read again, the same): only the cross-file checks must run again.
      if (kept.generation !== this.generation) {
        kept.session.otherFilesChanged();
        kept.generation = this.generation;
      }
      return kept.session;
    }
    const session = new IncrementalZoneLint(path, { settings: defaultSettings(settings), workspace });
    this.sessions.set(uri, { generation: this.generation, settingsKey, workspace, session });
    return session;
  }
}
