import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckContext, type CheckJob, type FileOutcome } from './check-file';

/** Sent once to each worker: everything it needs to check its share of the files without asking again. */
export interface WorkerSetup {
  context: CheckContext;
  jobs: CheckJob[];
  /** Int32Array[0]: the next job index to claim, shared by every thread (Atomics.add). */
  cursor: SharedArrayBuffer;
  batchSize: number;
}

/** A worker streams one reply per batch it checked, then `done` with its own throughput. */
export type WorkerReply = { start: number; outcomes: FileOutcome[] } | { done: ThreadStats };

/** What one thread did: for `--stats`, and the per-thread throughput when the machine is shared. */
export interface ThreadStats {
  thread: string;
  files: number;
  records: number;
  /** Milliseconds spent checking (start-up and waiting excluded). */
  busyMs: number;
  /** CPU milliseconds this thread used while checking, where the system tells (Linux); else undefined. */
  cpuMs: number | undefined;
}

export interface PoolResult {
  outcomes: FileOutcome[];
  threads: ThreadStats[];
}

/**
 * Young generation of each worker, larger than V8's default for a worker: checking allocates many short-lived
 * objects (tokens, names, TXT maps). One worker checking 10,000 small zones alone took 5.2 s CPU with it and
 * 6.7 s without; beside the main thread on a loaded machine the difference was within the noise.
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/** Files claimed at a time: a few milliseconds of work, so the last batches balance and messages stay few. */
export function batchSizeFor(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 32))));
}

/**
 * A pool of `threads` checkers: the main thread and `threads - 1` workers. Start it as soon as the number of
 * files is known, so the workers boot while the main thread resolves configurations, then `run` the jobs.
 */
export class CheckPool {
  private readonly workers: Worker[] = [];

  constructor(threads: number) {
    for (let i = 1; i < threads; i++) {
      try {
        this.workers.push(startWorker());
      } catch {
        // A worker that cannot start costs speed, never results: the others (and the main thread) share its part.
      }
    }
  }

  /**
   * Checks `jobs` and returns the outcomes in job order. Every thread claims the next batch from a shared
   * cursor, so no thread waits for another to hand it work, and one huge zone does not hold up the rest.
   * Workers stream each batch's outcomes back as they finish it. A worker that fails loses at most the batch
   * it was checking: whatever has no outcome at the end is checked on the main thread.
   */
  async run(jobs: CheckJob[], context: CheckContext): Promise<PoolResult> {
    const outcomes = new Array<FileOutcome | undefined>(jobs.length);
    const threads: ThreadStats[] = [];
    const cursor = new SharedArrayBuffer(4);
    const batchSize = batchSizeFor(jobs.length, this.workers.length + 1);
    const setup: WorkerSetup = { context, jobs, cursor, batchSize };
    const finished = this.workers.map(
      (worker, i) =>
        new Promise<void>((resolve) => {
          worker.on('message', (reply: WorkerReply) => {
            if ('done' in reply) {
              threads.push({ ...reply.done, thread: `worker ${i + 1}` });
              void worker.terminate();
              resolve();
              return;
            }
            reply.outcomes.forEach((outcome, k) => (outcomes[reply.start + k] = outcome));
          });
          worker.once('error', () => resolve());
          worker.once('exit', () => resolve());
          worker.postMessage(setup);
        }),
    );
    const main = await checkClaimed(jobs, context, new Int32Array(cursor), batchSize, (start, batch) => {
      batch.forEach((outcome, k) => (outcomes[start + k] = outcome));
    });
    threads.unshift({ ...main, thread: 'main' });
    await Promise.all(finished);
    for (let i = 0; i < jobs.length; i++) outcomes[i] ??= checkFile(jobs[i]!, context);
    return { outcomes: outcomes as FileOutcome[], threads };
  }
}

/**
 * The loop every thread runs: claim `batchSize` jobs at the shared cursor, check them, hand the outcomes to
 * `deliver`, until no job is left. On the main thread it yields between batches so that the workers' replies
 * are taken off the queue as they come.
 */
export async function checkClaimed(
  jobs: readonly CheckJob[],
  context: CheckContext,
  cursor: Int32Array,
  batchSize: number,
  deliver: (start: number, outcomes: FileOutcome[]) => void,
  yieldBetween = true,
): Promise<Omit<ThreadStats, 'thread'>> {
  const stats = { files: 0, records: 0, busyMs: 0, cpuMs: undefined as number | undefined };
  const cpuBefore = threadCpuMs();
  for (;;) {
    const start = Atomics.add(cursor, 0, batchSize);
    if (start >= jobs.length) {
      const cpuAfter = threadCpuMs();
      if (cpuBefore !== undefined && cpuAfter !== undefined) stats.cpuMs = cpuAfter - cpuBefore;
      return stats;
    }
    const began = performance.now();
    const batch: FileOutcome[] = [];
    for (let i = start; i < Math.min(start + batchSize, jobs.length); i++) {
      const outcome = checkFile(jobs[i]!, context);
      stats.records += outcome.records;
      batch.push(outcome);
    }
    stats.files += batch.length;
    stats.busyMs += performance.now() - began;
    deliver(start, batch);
    if (yieldBetween) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * CPU time of the calling thread (user + system) from /proc/thread-self/stat, in milliseconds; undefined where
 * there is no such file. Linux counts in USER_HZ ticks, 100 per second on every architecture Node runs on.
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
    // Fields after the parenthesised command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The bundled CLI runs dist/cli-worker.js; from sources (tests, tsx) the TypeScript entry through tsx. */
function startWorker(): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const bundled = path.join(__dirname, 'cli-worker.js');
  if (fs.existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = path.join(__dirname, '..', 'cli-worker.ts');
  const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}
