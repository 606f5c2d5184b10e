import * as fs from 'node:fs';
import type { Page } from 'playwright-core';

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';

/** Waits until the active editor has keyboard focus and shows the file's first line. */
export async function waitForEditor(page: Page, firstLine: string): Promise<void> {
  await page.waitForSelector(`${ACTIVE_EDITOR}.focused`, { timeout: 15_000 });
  const lines = page.locator(`${ACTIVE_EDITOR} .view-lines`);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const text = (await lines.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    if (text.includes(firstLine.trim())) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the editor does not show "${firstLine}"`);
}

/** Moves the cursor with Go to Line/Column (Ctrl+G): 1-based, as the status bar shows it. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  await page.waitForSelector(`${ACTIVE_EDITOR}.focused`);
}

/** Selects `count` characters to the right of the cursor. */
export async function selectRight(page: Page, count: number): Promise<void> {
  for (let index = 0; index < count; index++) await page.keyboard.press('Shift+ArrowRight');
}

export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/** Saves the active editor and waits until its tab is no longer marked dirty. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.waitForSelector('.tabs-container .tab.active.dirty', { state: 'detached', timeout: 10_000 });
}

export async function activeEditorIsDirty(page: Page): Promise<boolean> {
  return (await page.locator('.tabs-container .tab.active.dirty').count()) > 0;
}

/** The language mode the status bar shows for the active editor (e.g. "Plain Text"). */
export async function languageMode(page: Page): Promise<string> {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ state: 'visible', timeout: 10_000 });
  return (await item.innerText()).trim();
}

/** Reads a file back from disk once it equals `expected`, or returns what it holds after the timeout. */
export async function readFileWhenEqual(page: Page, file: string, expected: string, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = fs.readFileSync(file, 'utf8');
  while (text !== expected && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = fs.readFileSync(file, 'utf8');
  }
  return text;
}

/** Closes every editor, discarding unsaved changes so the next scenario starts clean. */
export async function closeAllEditors(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+W');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
  if (await dontSave.first().isVisible({ timeout: 1500 }).catch(() => false)) await dontSave.first().click();
  await page.waitForSelector('.tabs-container .tab', { state: 'detached', timeout: 5000 }).catch(() => undefined);
}
