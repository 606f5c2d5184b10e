import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** Squiggles the editor draws under problems (error, warning, info). */
export async function squiggleCount(page: Page): Promise<number> {
  return page.locator('.editor-group-container.active .monaco-editor [class*="squiggly-"]').count();
}

/**
 * A small picture of the active editor (and its hover) for the README: the editor area only, cut to
 * the lines that matter, so the committed PNG stays small.
 */
export async function saveEditorPicture(page: Page, file: string, size = { width: 960, height: 290 }): Promise<void> {
  const box = await page.locator('.editor-group-container.active').boundingBox();
  if (!box) throw new Error('no active editor to photograph');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({
    path: file,
    clip: { x: box.x, y: box.y, width: Math.min(box.width, size.width), height: Math.min(box.height, size.height) },
  });
}
