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
  /** On a file row: the number of problems the panel counts for the file. */
  badge: string;
}

/** What the panel shows: the problem rows it renders, and the count on each file row. */
interface PanelContents {
  problems: Problem[];
  counted: Map<string, number>;
}

/** Every problem row the panel renders, grouped under the file rows above them. */
async function readPanel(page: Page): Promise<PanelContents> {
  await showProblems(page);
  const rows: RawRow[] = await page.locator(`${PANEL} .monaco-list-row`).evaluateAll((elements) =>
    (elements as unknown as DomNode[]).map((row) => ({
      icon: row.querySelector('.marker-icon')?.className ?? null,
      file: (row.querySelector('.label-name')?.textContent ?? '').trim(),
      messages: Array.from(row.querySelectorAll('.marker-message'), (node) => (node.textContent ?? '').trim()),
      source: (row.querySelector('.marker-source')?.textContent ?? '').trim(),
      code: (row.querySelector('.marker-code')?.textContent ?? '').trim(),
      position: (row.querySelector('.marker-line')?.textContent ?? '').trim(),
      badge: (row.querySelector('.monaco-count-badge')?.textContent ?? '').trim(),
    })),
  );
  const problems: Problem[] = [];
  const counted = new Map<string, number>();
  let file = '';
  for (const row of rows) {
    if (row.icon === null) {
      file = row.file;
      counted.set(file, Number(row.badge) || 0);
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
  return { problems, counted };
}

/** How many problems the panel counts for a file (the badge on its row), however many rows fit on screen. */
export async function countedProblems(page: Page, file: string): Promise<number> {
  return (await readPanel(page)).counted.get(file) ?? 0;
}

/**
 * The problems the panel lists under one file (its base name, as the panel shows it). The list only
 * renders the rows that fit; a file with more problems than rows on screen is an error, not a silent cut.
 */
export async function problemsOf(page: Page, file: string): Promise<Problem[]> {
  const panel = await readPanel(page);
  const problems = panel.problems.filter((problem) => problem.file === file);
  const counted = panel.counted.get(file) ?? 0;
  if (counted > problems.length) throw new Error(`the Problems panel renders ${problems.length} of the ${counted} problems of ${file}: it is too small`);
  return problems;
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
  let failure: unknown;
  for (;;) {
    try {
      problems = await problemsOf(page, file);
      failure = undefined;
      if (accept(problems)) return problems;
    } catch (error) {
      failure = error; // the panel was re-rendering; read it again
    }
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  if (failure) throw failure;
  throw new Error(`the Problems panel did not reach the expected state for ${file} within ${timeoutMs} ms; it shows:\n${formatProblems(problems)}`);
}

export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return '  (nothing)';
  return problems.map((p) => `  ${p.severity} ${p.code} [${p.line}:${p.column}] ${p.message}`).join('\n');
}
