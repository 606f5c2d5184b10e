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

/** Every problem row the panel renders, grouped under the file rows above them. */
export async function readProblems(page: Page): Promise<Problem[]> {
  await showProblems(page);
  return page.locator(`${PANEL} .monaco-list-row`).evaluateAll((elements) => {
    const rows = elements as unknown as DomNode[];
    const problems: Array<Record<string, string | number>> = [];
    let file = '';
    for (const row of rows) {
      const text = (selector: string): string => (row.querySelector(selector)?.textContent ?? '').trim();
      const icon = row.querySelector('.marker-icon');
      if (!icon) {
        file = text('.label-name');
        continue;
      }
      const position = /Ln (\d+), Col (\d+)/.exec(text('.marker-line'));
      const messages = Array.from(row.querySelectorAll('.marker-message')).map((node) => (node.textContent ?? '').trim());
      problems.push({
        file,
        severity: icon.className,
        message: messages.join('\n'),
        source: text('.marker-source'),
        code: text('.marker-code'),
        line: Number(position?.[1] ?? 0),
        column: Number(position?.[2] ?? 0),
      });
    }
    return problems;
  }).then((rows) => rows.map((row) => ({
    file: String(row.file),
    severity: severityOf(String(row.severity)),
    message: String(row.message),
    source: String(row.source),
    code: String(row.code),
    line: Number(row.line),
    column: Number(row.column),
  })));
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
    problems = (await readProblems(page)).filter((problem) => problem.file === file);
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
