import type { Diagnostic } from 'vscode-languageserver';

/**
 * Diagnostics per URI, merged over the documents that produced them: checking a zone can report
 * problems in an $INCLUDEd file, and that file's list must hold its own findings plus those of every
 * zone that includes it, replaced source by source.
 */
export class DiagnosticsPublisher {
  /** target URI → source URI → diagnostics */
  private readonly byTarget = new Map<string, Map<string, Diagnostic[]>>();
  /** source URI → targets it last published to */
  private readonly targetsOf = new Map<string, Set<string>>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[], version?: number) => void) {}

  /**
   * Replaces everything `source` reported; `grouped` maps each target URI to its diagnostics. A source that
   * is a document always publishes to itself (an empty list clears it); `documentSource` false is for
   * sources that are not documents (a `.mailzone.json` load).
   */
  publish(source: string, grouped: Map<string, Diagnostic[]>, version?: number, documentSource = true): void {
    const previous = this.targetsOf.get(source) ?? new Set<string>();
    const next = new Set(grouped.keys());
    if (documentSource) next.add(source);
    for (const target of new Set([...previous, ...next])) {
      const sources = this.byTarget.get(target) ?? new Map<string, Diagnostic[]>();
      const list = grouped.get(target) ?? [];
      if (list.length > 0 || target === source) sources.set(source, list);
      else sources.delete(source);
      this.byTarget.set(target, sources);
      this.flush(target, target === source ? version : undefined);
    }
    this.targetsOf.set(source, next);
  }

  /** Forgets what `source` reported (document closed or linting turned off). */
  clear(source: string): void {
    const targets = this.targetsOf.get(source) ?? new Set([source]);
    this.targetsOf.delete(source);
    for (const target of targets) {
      const sources = this.byTarget.get(target);
      sources?.delete(source);
      if (sources?.size === 0) this.byTarget.delete(target);
      this.flush(target, undefined);
    }
  }

  current(uri: string): Diagnostic[] {
    return [...(this.byTarget.get(uri)?.values() ?? [])].flat();
  }

  private flush(target: string, version: number | undefined): void {
    this.send(target, this.current(target), version);
  }
}
