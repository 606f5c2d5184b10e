import type { Page } from 'playwright-core';
import { visibleNotifications } from './notifications';

const WIDGET = '.quick-input-widget';
const ROWS = `${WIDGET} .quick-input-list .monaco-list-row`;
const FOCUSED_ROW = `${ROWS}.focused`;

async function waitForWidget(page: Page, what: string, timeoutMs = 10_000): Promise<void> {
  const shown = await page.waitForSelector(WIDGET, { state: 'visible', timeout: timeoutMs }).then(() => true, () => false);
  if (shown) return;
  const notices = await visibleNotifications(page);
  throw new Error(`${what}: no quick pick appeared${notices.length > 0 ? `; notifications: ${JSON.stringify(notices)}` : ''}`);
}

async function openWidget(page: Page, shortcut: string): Promise<void> {
  await page.keyboard.press(shortcut);
  await waitForWidget(page, shortcut);
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

/**
 * Moves the keyboard focus of the open quick pick to the first row whose label (its first line) matches,
 * then accepts it with Enter, as a user does. The list re-renders while results arrive, so rows are read
 * afresh on every step rather than clicked.
 */
async function acceptRow(page: Page, matches: (label: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let shown: string[] = [];
  while (Date.now() < deadline) {
    shown = (await page.locator(ROWS).allInnerTexts().catch(() => [])).map(firstLine);
    const target = shown.findIndex(matches);
    if (target >= 0) {
      const focused = firstLine(await page.locator(FOCUSED_ROW).first().innerText({ timeout: 1000 }).catch(() => ''));
      if (matches(focused)) {
        await page.keyboard.press('Enter');
        return focused;
      }
      const current = shown.indexOf(focused);
      await page.keyboard.press(current > target ? 'ArrowUp' : 'ArrowDown');
      continue;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no quick-pick entry ${what}; shown: ${JSON.stringify(shown)}`);
}

/** Runs a command from the command palette by its exact title, as a user types it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await openWidget(page, 'Control+Shift+P');
  await page.keyboard.type(title);
  await acceptRow(page, (label) => label === title, `"${title}"`);
}

/** Quick open (Ctrl+P) a file of the workspace by its relative path. */
export async function quickOpen(page: Page, relativePath: string): Promise<void> {
  await openWidget(page, 'Control+P');
  await page.keyboard.type(relativePath);
  const name = relativePath.split('/').pop() ?? relativePath;
  await acceptRow(page, (label) => label.startsWith(name), `"${name}"`);
}

/** In the quick pick a command opened, accepts the entry whose label contains `text`; returns its label. */
export async function pickEntry(page: Page, text: string): Promise<string> {
  await waitForWidget(page, `picking "${text}"`);
  return acceptRow(page, (label) => label.includes(text), `containing "${text}"`);
}

export async function quickInputVisible(page: Page): Promise<boolean> {
  return page.locator(WIDGET).isVisible();
}

/** The prompt or placeholder of the open quick input, to tell which question a command asks. */
export async function quickInputPrompt(page: Page): Promise<string> {
  const widget = page.locator(WIDGET);
  const placeholder = (await widget.locator('input').first().getAttribute('placeholder').catch(() => null)) ?? '';
  const message = await widget.locator('.quick-input-message').innerText({ timeout: 1000 }).catch(() => '');
  const title = await widget.locator('.quick-input-title').innerText({ timeout: 1000 }).catch(() => '');
  return [title, placeholder, message].filter((part) => part.trim() !== '').join(' | ');
}
