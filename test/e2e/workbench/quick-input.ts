import type { Locator, Page } from 'playwright-core';

const WIDGET = '.quick-input-widget';
const ROWS = `${WIDGET} .quick-input-list .monaco-list-row`;

async function openWidget(page: Page, shortcut: string): Promise<void> {
  await page.keyboard.press(shortcut);
  await page.waitForSelector(WIDGET, { state: 'visible' });
}

/** The first row whose label (the first line of its text) is exactly `label`, or contains it when `exact` is false. */
async function waitForRow(page: Page, label: string, exact: boolean, timeoutMs = 10_000): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = page.locator(ROWS);
    const count = await rows.count();
    for (let index = 0; index < count; index++) {
      const row = rows.nth(index);
      const firstLine = (await row.innerText().catch(() => '')).split('\n')[0]?.trim() ?? '';
      if (exact ? firstLine === label : firstLine.includes(label)) return row;
    }
    await page.waitForTimeout(100);
  }
  const shown = await page.locator(ROWS).allInnerTexts().catch(() => []);
  throw new Error(`no quick-pick entry "${label}"; shown: ${JSON.stringify(shown.map((text) => text.split('\n')[0]))}`);
}

/** Runs a command from the command palette by its exact title, as a user types it. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await openWidget(page, 'Control+Shift+P');
  await page.keyboard.type(title);
  const row = await waitForRow(page, title, true);
  await row.click();
}

/** Quick open (Ctrl+P) a file of the workspace by its relative path. */
export async function quickOpen(page: Page, relativePath: string): Promise<void> {
  await openWidget(page, 'Control+P');
  await page.keyboard.type(relativePath);
  const name = relativePath.split('/').pop() ?? relativePath;
  const row = await waitForRow(page, name, false);
  await row.click();
}

/** In an open quick pick (a command's question), picks the entry whose label contains `text`. */
export async function pickEntry(page: Page, text: string): Promise<string> {
  await page.waitForSelector(WIDGET, { state: 'visible' });
  const row = await waitForRow(page, text, false);
  const label = (await row.innerText()).split('\n')[0] ?? '';
  await row.click();
  return label;
}

/** Answers an open input box (a command's free-text question). */
export async function answerInput(page: Page, value: string): Promise<void> {
  await page.waitForSelector(WIDGET, { state: 'visible' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

export async function quickInputVisible(page: Page): Promise<boolean> {
  return page.locator(WIDGET).isVisible();
}

/** The prompt or placeholder of the open quick input, to tell which question a command asks. */
export async function quickInputPrompt(page: Page): Promise<string> {
  const widget = page.locator(WIDGET);
  const placeholder = (await widget.locator('input').getAttribute('placeholder').catch(() => null)) ?? '';
  const message = await widget.locator('.quick-input-message').innerText().catch(() => '');
  const title = await widget.locator('.quick-input-title').innerText().catch(() => '');
  return [title, placeholder, message].filter((part) => part.trim() !== '').join(' | ');
}
