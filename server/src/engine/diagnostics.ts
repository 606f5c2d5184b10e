import type { Range } from 'vscode-languageserver-types';
import type { Span } from './text/source';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Language = 'zone' | 'nginx' | 'mta-sts';

/** One replacement in one file. `path` is the file the edit applies to. */
export interface TextEdit {
  path: string;
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor should apply on "fix all" / the CLI's --fix. Alternatives leave it false. */
  preferred?: boolean;
  /** Edits whose newText holds `${1:placeholder}` snippet tab stops (VS Code renders them; others strip them). */
  snippet?: boolean;
}

/** What a rule reports, before the catalogue turns it into words. */
export interface Finding {
  rule: string;
  /** File the finding is in; defaults to the checked document. */
  path?: string;
  span: Span;
  /** Which message of the rule's catalogue entry; `default` when omitted. */
  messageId?: string;
  args?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this finding (e.g. a key size that is a warning, not an error). */
  severity?: Severity;
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** The engine's diagnostic, the shape the CLI's JSON prints and the LSP server converts. */
export interface EngineDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  range: Range;
  fixes: Fix[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  /** Link to the rule's documentation. */
  docUrl: string;
}

export const DOCS_BASE_URL = 'https://github.com/mailzone/mailzone/blob/main/docs/rules/';

export function docUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
