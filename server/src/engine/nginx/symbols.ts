import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-types';
import type { SourceFile } from '../text/source';
import type { NginxConfig, NginxDirective } from './model';

/** Outline: every block of the checked file, named by its arguments (`server example.com`, `location /api`). */
export function nginxSymbols(config: NginxConfig, file: SourceFile): DocumentSymbol[] {
  const build = (list: readonly NginxDirective[]): DocumentSymbol[] =>
    list
      .filter((d) => d.block)
      .map((d) => {
        const serverName = d.name === 'server' ? d.block!.find((c) => c.name === 'server_name')?.args.map((a) => a.value).join(' ') : undefined;
        const detail = serverName ?? d.args.map((a) => a.value).join(' ');
        return {
          name: d.name,
          detail,
          kind: d.name === 'location' ? SymbolKind.Namespace : d.name === 'upstream' ? SymbolKind.Interface : SymbolKind.Module,
          range: file.rangeOf(d.span),
          selectionRange: file.rangeOf(d.nameSpan),
          children: d.opaque ? [] : build(d.block!),
        };
      });
  return build(config.main.directives);
}

export function nginxFolding(config: NginxConfig, file: SourceFile): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (list: readonly NginxDirective[]) => {
    for (const d of list) {
      if (!d.block || d.openBrace === undefined) continue;
      const startLine = file.positionAt(d.openBrace).line;
      const endLine = file.positionAt(d.closeBrace ?? d.span.end).line;
      if (endLine > startLine) out.push({ startLine, endLine: endLine - 1 });
      if (!d.opaque) visit(d.block);
    }
  };
  visit(config.main.directives);
  for (const comment of config.main.comments) {
    const line = file.positionAt(comment.span.start).line;
    const last = out[out.length - 1];
    if (last?.kind === FoldingRangeKind.Comment && last.endLine === line - 1) last.endLine = line;
    else out.push({ startLine: line, endLine: line, kind: FoldingRangeKind.Comment });
  }
  return out.filter((r) => r.endLine > r.startLine);
}
