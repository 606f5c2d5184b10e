import type { Workbench } from '../workbench/workbench';

let current: Workbench | undefined;

/** The runner opens one workbench for the whole run and hands it to the scenarios through here. */
export function setWorkbench(workbench: Workbench | undefined): void {
  current = workbench;
}

export function workbench(): Workbench {
  if (!current) throw new Error('no workbench: scenarios run through `npm run test:e2e` (test/e2e/run.ts)');
  return current;
}
