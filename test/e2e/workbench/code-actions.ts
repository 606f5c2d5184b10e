import type { Page } from 'playwright-core';
import { runCommand } from './quick-input';

const WIDGET = '.action-widget';
const ACTIONS = `${WIDGET} .monaco-list-row.action`;

async function listedTitles(page: Page): Promise<string[]> {
  await page.waitForSelector(WIDGET, { state: 'visible', timeout: 10_000 });
  const rows = page.locator(ACTIONS);
  await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
  const titles = await rows.evaluateAll((elements) => elements.map((element) => String((element as { getAttribute(name: string): string | null }).getAttribute('aria-label') ?? '')));
  return titles.map((title) => title.trim());
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

/** Applies the listed action with exactly this title. */
export async function chooseAction(page: Page, title: string): Promise<void> {
  await page.locator(`${ACTIONS}[aria-label=${JSON.stringify(title)}]`).first().click();
  await page.waitForSelector(WIDGET, { state: 'hidden', timeout: 10_000 });
}

export async function closeActionMenu(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(WIDGET, { state: 'hidden', timeout: 5000 }).catch(() => undefined);
}
