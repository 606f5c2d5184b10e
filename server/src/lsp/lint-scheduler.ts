/**
 * Debounces lint runs per document. A new request for a document replaces its pending one, so only the
 * newest version is checked; a run that finds the document changed since it was requested (or closed) is
 * dropped instead of publishing stale results. Runs happen one at a time, each on its own macrotask, so
 * requests arriving meanwhile (hover, a new edit) are served between documents.
 */
export class LintScheduler {
  private readonly pending = new Map<string, { version: number; cancel: () => void }>();

  constructor(
    private readonly currentVersion: (uri: string) => number | undefined,
    private readonly run: (uri: string, version: number) => void,
  ) {}

  /**
   * Runs a lint of `uri` after `delayMs`; with 0, as soon as the messages already received are handled (the
   * connection handles one per event-loop turn, so two turns later: a burst of edits is checked once).
   */
  schedule(uri: string, version: number, delayMs: number): void {
    this.cancel(uri);
    if (delayMs > 0) {
      const timer = setTimeout(() => this.fire(uri, version), delayMs);
      this.pending.set(uri, { version, cancel: () => clearTimeout(timer) });
      return;
    }
    let immediate = setImmediate(() => {
      immediate = setImmediate(() => this.fire(uri, version));
    });
    this.pending.set(uri, { version, cancel: () => clearImmediate(immediate) });
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
  }

  /** Runs a pending lint of `uri` now: a request about the document must not delay its diagnostics. */
  flush(uri: string): void {
    const entry = this.pending.get(uri);
    if (!entry) return;
    entry.cancel();
    this.fire(uri, entry.version);
  }

  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private fire(uri: string, version: number): void {
    this.pending.delete(uri);
    if (this.currentVersion(uri) !== version) return;
    this.run(uri, version);
  }
}
