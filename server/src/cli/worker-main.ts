import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckContext } from './check-file';
import type { WorkerReply, WorkerRequest } from './worker-pool';

/** Inside a worker thread: check each batch the pool sends and reply with the outcomes. */
export function serveChecks(): void {
  const port = parentPort;
  if (!port) return;
  const context = workerData as CheckContext;
  port.on('message', (request: WorkerRequest) => {
    const reply: WorkerReply = { batch: request.batch, outcomes: request.jobs.map((job) => checkFile(job, context)) };
    port.postMessage(reply);
  });
}
