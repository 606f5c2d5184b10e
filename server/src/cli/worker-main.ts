import { parentPort } from 'node:worker_threads';
import { checkClaimed, type WorkerReply, type WorkerSetup } from './worker-pool';

/**
 * Inside a worker thread: take the one setup message, then claim batches at the shared cursor until none is
 * left, posting each batch's outcomes as soon as it is checked, and finally this thread's throughput.
 */
export function serveChecks(): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (setup: WorkerSetup) => {
    const cursor = new Int32Array(setup.cursor);
    void checkClaimed(setup.jobs, setup.context, cursor, setup.batchSize, (start, outcomes) => port.postMessage({ start, outcomes } satisfies WorkerReply), false).then(
      (stats) => port.postMessage({ done: { ...stats, thread: 'worker' } } satisfies WorkerReply),
    );
  });
}
