import type { Page } from 'playwright-core';

/** One row of the Problems panel, as the user reads it. */
export interface Problem {
  file: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

const PANEL = '.markers-panel';

/** The few DOM members read inside the page (the project compiles without the DOM library). */
interface DomNode {
  textContent: string | null;
  className: string;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** Opens the Problems panel (Ctrl+Shift+M) unless it is already showing. */
export async function showProblems(page: Page): Promise<void> {
  if (await page.locator(PANEL).isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector(PANEL, { state: 'visible' });
}

function severityOf(iconClass: string): Problem['severity'] {
  if (iconClass.includes('error')) return 'error';
  if (iconClass.includes('warning')) return 'warning';
  return 'info';
}

/** The text of each row as the page renders it; no named helpers inside (tsx would wrap them in `__name`). */
interface RawRow {
  icon: string | null;
  file: string;
  messages: string[];
  source: string;
  code: string;
  position: string;
}

/** Every problem row the panel renders, grouped under the file rows above them. */
export async function readProblems(page: Page): Promise<Problem[]> {
  await showProblems(page);
  const rows: RawRow[] = await page.locator(`${PANEL} .monaco-list-row`).evaluateAll((elements) =>
    (elements as unknown as DomNode[]).map((row) => ({
      icon: row.querySelector('.marker-icon')?.className ?? null,
      file: (row.querySelector('.label-name')?.textContent ?? '').trim(),
      messages: Array.from(row.querySelectorAll('.marker-message'), (node) => (node.textContent ?? '').trim()),
      source: (row.querySelector('.marker-source')?.textContent ?? '').trim(),
      code: (row.querySelector('.marker-code')?.textContent ?? '').trim(),
      position: (row.querySelector('.marker-line')?.textContent ?? '').trim(),
    })),
  );
  const problems: Problem[] = [];
  let file = '';
  for (const row of rows) {
    if (row.icon === null) {
      file = row.file;
      continue;
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position);
    problems.push({
      file,
      severity: severityOf(row.icon),
      message: row.messages.join('\n'),
      source: row.source,
      code: row.code,
      line: Number(position?.[1] ?? 0),
      column: Number(position?.[2] ?? 0),
    });
  }
  return problems;
}

/** The problems the panel lists under one file (its base name, as the panel shows it). */
export async function problemsOf(page: Page, file: string): Promise<Problem[]> {
  return (await readProblems(page)).filter((problem) => problem.file === file);
}

/** Polls the panel until `accept` holds for the problems of `file`; returns them, or throws with what was shown. */
export async function waitForProblems(
  page: Page,
  file: string,
  accept: (problems: Problem[]) => boolean,
  timeoutMs = 15_000,
): Promise<Problem[]> {
  const deadline = Date.now() + timeoutMs;
  let problems: Problem[] = [];
  for (;;) {
    problems = await problemsOf(page, file);
    if (accept(problems)) return problems;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  throw new Error(`the Problems panel did not reach the expected state for ${file} within ${timeoutMs} ms; it shows:\n${formatProblems(problems)}`);
}

export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '  (nothing)';
  return problems.map((p) => `  ${p.severity} ${p.code} [${p.line}:${p.column}] ${p.message}`).join('\n');
}
