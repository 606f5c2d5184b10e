import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { closeAllEditors, goTo, save, waitForEditor } from './editor';
import { quickOpen } from './quick-input';

/** The running workbench and the folder it edits: what every scenario drives. */
export class Workbench {
  constructor(readonly page: Page, readonly workspace: string) {}

  /** The file on disk behind a workspace-relative path. */
  file(relativePath: string): string {
    return path.join(this.workspace, relativePath);
  }

  read(relativePath: string): string {
    return fs.readFileSync(this.file(relativePath), 'utf8');
  }

  /** Opens a workspace file through quick open and waits for its editor. */
  async open(relativePath: string): Promise<void> {
    await quickOpen(this.page, relativePath);
    const firstLine = this.read(relativePath).split('\n').find((line) => line.trim() !== '') ?? '';
    await waitForEditor(this.page, firstLine);
  }

  goTo(line: number, column: number): Promise<void> {
    return goTo(this.page, line, column);
  }

  /** Puts the cursor on the first occurrence of `needle` in the file (optionally after `after`), plus `offset`. */
  async goToText(relativePath: string, needle: string, options: { after?: string; offset?: number } = {}): Promise<void> {
    const { line, column } = locate(this.read(relativePath), needle, options.after);
    await goTo(this.page, line, column + (options.offset ?? 0));
  }

  save(): Promise<void> {
    return save(this.page);
  }

  closeAll(): Promise<void> {
    return closeAllEditors(this.page);
  }
}

/** 1-based line and column of `needle`, searching from the first occurrence of `after` when given. */
export function locate(text: string, needle: string, after?: string): { line: number; column: number } {
  const start = after === undefined ? 0 : text.indexOf(after);
  if (start < 0) throw new Error(`"${after}" is not in the file`);
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`"${needle}" is not in the file`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
