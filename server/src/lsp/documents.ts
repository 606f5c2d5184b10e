import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language } from '../engine/diagnostics';
import { Analysis } from '../engine/service';
import type { EngineSettings } from '../engine/settings';
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
 * actions, …) shares one parse. This is the only place the server builds an Analysis for a document, so a
 * smarter (incremental) store can replace it without touching the handlers.
 */
export class AnalysisStore {
  private readonly cache = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private generation = 0;

  constructor(private readonly context: (path: string) => AnalysisContext) {}

  get(document: TextDocument): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const path = uriToPath(document.uri);
    const { settings, workspace } = this.context(path);
    const analysis = new Analysis(
      { path, text: document.getText(), language: LANGUAGE_IDS[document.languageId] },
      { settings, workspace },
    );
    this.cache.set(document.uri, { version: document.version, generation: this.generation, analysis });
    return analysis;
  }

  /** Settings or other files changed: every analysis must be rebuilt on next use. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
