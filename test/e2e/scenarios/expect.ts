import * as assert from 'node:assert/strict';
import { formatProblems, type Problem } from '../workbench/problems';

/** What a scenario expects to read in one Problems row. */
export interface ExpectedProblem {
  code: string;
  line: number;
  severity?: Problem['severity'];
}

function key(problem: { code: string; line: number }): string {
  return `${problem.code} @ line ${problem.line}`;
}

/** The panel holds exactly these problems (rule id and line), from MailZone, each with words and severity. */
export function assertExactly(problems: Problem[], expected: ExpectedProblem[]): void {
  const shown = problems.map(key).sort();
  const wanted = expected.map(key).sort();
  assert.deepEqual(shown, wanted, `the Problems panel shows:\n${formatProblems(problems)}`);
  for (const want of expected) {
    const problem = problems.find((p) => p.code === want.code && p.line === want.line);
    assert.ok(problem, key(want));
    assert.equal(problem.source, 'mailzone', `source of ${key(want)}`);
    assert.ok(problem.message.length > 10, `${key(want)} has a message: "${problem.message}"`);
    if (want.severity) assert.equal(problem.severity, want.severity, `severity of ${key(want)}`);
  }
}

/** 1-based number of the first line holding `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line holds "${needle}"`);
  return index + 1;
}

/** Markdown as the hover renders it: without emphasis marks and code backticks, spaces collapsed. */
export function rendered(markdown: string): string {
  return markdown.replace(/\*\*|\*|`/g, '').replace(/\s+/g, ' ').trim();
}

/** Whether the hover shows this catalogue text (after rendering both the same way). */
export function shows(hoverText: string, markdown: string): boolean {
  return rendered(hoverText).includes(rendered(markdown));
}
