import type { Page } from 'playwright-core';

const HOVER = '.monaco-editor .monaco-hover:not(.hidden)';

/**
 * Shows the hover at the cursor (Ctrl+K Ctrl+I, "Show or Focus Hover") and returns its text once it
 * holds `expected` or stops changing, so slow language-server answers are waited for.
 */
export async function showHover(page: Page, expected: RegExp, timeoutMs = 10_000): Promise<string> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const shown = await page.waitForSelector(HOVER, { state: 'visible', timeout: timeoutMs }).then(() => true, () => false);
  if (!shown) throw new Error(`no hover appeared at the cursor within ${timeoutMs} ms (the language server returned none)`);
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await page.locator(HOVER).first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    if (expected.test(text)) return text;
    await page.waitForTimeout(100);
  }
  return text;
}

export async function hideHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector(HOVER, { state: 'hidden', timeout: 5000 }).catch(() => undefined);
}
