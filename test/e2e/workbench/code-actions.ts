import type { Page } from 'playwright-core';
import { runCommand } from './quick-input';

const WIDGET = '.action-widget';
const ACTIONS = `${WIDGET} .monaco-list-row.action`;
const FOCUSED = `${ACTIONS}.focused`;

async function listedTitles(page: Page): Promise<string[]> {
  await page.waitForSelector(WIDGET, { state: 'visible', timeout: 10_000 });
  const rows = page.locator(ACTIONS);
  await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
  return (await rows.evaluateAll((elements) =>
    elements.map((element) => (element as unknown as { getAttribute(name: string): string | null }).getAttribute('aria-label') ?? ''),
  )).map((title) => title.trim());
}

/** Opens the quick-fix menu at the cursor (Ctrl+.) and returns the titles it lists. */
export async function openQuickFixes(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+.');
  return listedTitles(page);
}

/** Opens "Source Action..." from the command palette and returns the titles it lists. */
export async function openSourceActions(page: Page): Promise<string[]> {
  await runCommand(page, 'Source Action...');
  return listedTitles(page);
}

/** Moves the menu's focus to the action with exactly this title and applies it with Enter. */
export async function chooseAction(page: Page, title: string): Promise<void> {
  const titles = await listedTitles(page);
  const target = titles.indexOf(title);
  if (target < 0) throw new Error(`the menu has no "${title}"; it lists ${JSON.stringify(titles)}`);
  for (let step = 0; step <= titles.length * 2; step++) {
    const focused = (await page.locator(FOCUSED).first().getAttribute('aria-label', { timeout: 1000 }).catch(() => null))?.trim();
    if (focused === title) {
      await page.keyboard.press('Enter');
      await page.waitForSelector(WIDGET, { state: 'hidden', timeout: 10_000 });
      return;
    }
    const current = focused === undefined ? -1 : titles.indexOf(focused);
    await page.keyboard.press(current > target ? 'ArrowUp' : 'ArrowDown');
  }
  throw new Error(`could not move the menu's focus to "${title}"`);
}
