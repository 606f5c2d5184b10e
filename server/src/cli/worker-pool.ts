import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckContext, type CheckJob, type FileOutcome } from './check-file';

export interface WorkerRequest {
  batch: number;
  jobs: CheckJob[];
}

export interface WorkerReply {
  batch: number;
  outcomes: FileOutcome[];
}

/** Files handed to a worker at a time: small enough to balance uneven files, large enough to amortise messages. */
const BATCH_SIZE = 8;

/**
 * Checks `jobs` on `workerCount` worker threads and returns the outcomes in job order. Workers pull batches
 * as they finish, so one huge zone does not hold up the rest. When a worker cannot start or dies, its batch is
 * checked on the main thread, so a broken worker costs speed, never results.
 */
export async function checkInWorkers(jobs: readonly CheckJob[], context: CheckContext, workerCount: number): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(jobs.length);
  const batches: number[][] = [];
  for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
    batches.push(Array.from({ length: Math.min(BATCH_SIZE, jobs.length - start) }, (_, i) => start + i));
  }
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = startWorker(context);
      } catch {
        drainOnMainThread();
        resolve();
        return;
      }
      let current: number | undefined;
      const sendNext = () => {
        if (next >= batches.length) {
          current = undefined;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        const request: WorkerRequest = { batch: current, jobs: batches[current]!.map((i) => jobs[i]!) };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        batches[reply.batch]!.forEach((jobIndex, i) => (outcomes[jobIndex] = reply.outcomes[i]!));
        sendNext();
      });
      const failed = () => {
        if (current !== undefined) for (const i of batches[current]!) outcomes[i] ??= checkFile(jobs[i]!, context);
        current = undefined;
        drainOnMainThread();
        resolve();
      };
      worker.once('error', failed);
      worker.once('exit', (code) => (code !== 0 && current !== undefined ? failed() : undefined));
      sendNext();
    });
  const drainOnMainThread = () => {
    while (next < batches.length) for (const i of batches[next++]!) outcomes[i] = checkFile(jobs[i]!, context);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workerCount, batches.length)) }, runWorker));
  return outcomes;
}

/** The bundled CLI runs dist/cli-worker.js; from sources (tests, tsx) the TypeScript entry through tsx. */
function startWorker(context: CheckContext): Worker {
  const bundled = path.join(__dirname, 'cli-worker.js');
  if (fs.existsSync(bundled)) return new Worker(bundled, { workerData: context });
  const source = path.join(__dirname, '..', 'cli-worker.ts');
  const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, workerData: context });
}
