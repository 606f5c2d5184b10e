import type { EngineDiagnostic } from '../../server/src/engine/diagnostics';

/**
 * Caret annotations in fixtures: a comment line (`;` in zone files, `#` in nginx) whose marks sit under the
 * columns of the nearest line above that is not itself an annotation:
 *
 *     @   IN TXT "v=spf1 inlcude:x -all"
 *     ;                  ^^^^^^^^^ error spf/unknown-mechanism
 *
 * `^^^` marks the range on that line; a diagnostic that runs over several lines is written with carets from
 * its start to the end of the start line and `+` after the rule id. A single `|` marks an empty range.
 */
export interface Expectation {
  line: number;
  startCharacter: number;
  endCharacter: number;
  multiLine: boolean;
  severity: string;
  rule: string;
  annotationLine: number;
}

const ANNOTATION = /^([;#])(\s*)(\^+|\|)\s+(error|warning|info|hint)\s+([a-z0-9-]+\/[a-z0-9-]+)(\s*\+)?\s*$/;

export function isAnnotationLine(line: string): boolean {
  return ANNOTATION.test(line);
}

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Expectation[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const match = ANNOTATION.exec(line);
    if (!match) {
      target = index;
      return;
    }
    if (target < 0) throw new Error(`annotation on line ${index + 1} has no line above it`);
    const start = 1 + match[2]!.length;
    const marks = match[3]!;
    out.push({
      line: target,
      startCharacter: start,
      endCharacter: marks === '|' ? start : start + marks.length,
      multiLine: Boolean(match[6]),
      severity: match[4]!,
      rule: match[5]!,
      annotationLine: index,
    });
  });
  return out;
}

export function describeDiagnostic(d: EngineDiagnostic): string {
  const { start, end } = d.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${d.severity} ${d.rule} (${d.message})`;
}

export function describeExpectation(e: Expectation): string {
  return `${e.line + 1}:${e.startCharacter + 1}-${e.multiLine ? '…' : `${e.line + 1}:${e.endCharacter + 1}`} ${e.severity} ${e.rule}`;
}

export function matches(e: Expectation, d: EngineDiagnostic): boolean {
  if (d.rule !== e.rule || d.severity !== e.severity) return false;
  if (d.range.start.line !== e.line || d.range.start.character !== e.startCharacter) return false;
  if (e.multiLine) return d.range.end.line > e.line;
  return d.range.end.line === e.line && d.range.end.character === e.endCharacter;
}

/** Pairs expectations with diagnostics; returns what is missing and what is unexpected. */
export function compare(expectations: Expectation[], diagnostics: EngineDiagnostic[]) {
  const left = [...diagnostics];
  const missing: Expectation[] = [];
  for (const e of expectations) {
    const i = left.findIndex((d) => matches(e, d));
    if (i >= 0) left.splice(i, 1);
    else missing.push(e);
  }
  return { missing, unexpected: left };
}
