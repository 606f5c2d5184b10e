import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { listFixtures } from '../support/fixture-files';
import type { FromWorker } from './fuzz-worker';
import { seedFromEnvironment } from './random';

// Fuzzing the engine facade: mutated fixtures, random text and long lines, checked as zone, nginx and
// MTA-STS (test/fuzz/check-case.ts lists the invariants). Seeded: the seed is printed;
// MAILZONE_FUZZ_SEED=<seed> replays a run, adding MAILZONE_FUZZ_CASE=<index> replays one case.
// MAILZONE_FUZZ_CASES sets the count (default 20,000). Cases run in a worker thread, so a case that never
// returns is stopped and reported instead of hanging the test run.
const SEED = seedFromEnvironment(process.env.MAILZONE_FUZZ_SEED);
const ONLY = process.env.MAILZONE_FUZZ_CASE === undefined ? undefined : Number(process.env.MAILZONE_FUZZ_CASE);
const CASES = Number(process.env.MAILZONE_FUZZ_CASES ?? 20_000);
const CHUNK = 2_000;
const MAX_REPORTED = 10;
/** Wall time one case may go without finishing before it counts as a hang (generous: CI machines stall; the
 * first case also waits for the worker to load the engine). MAILZONE_FUZZ_HANG_MS overrides it. */
const HANG_MS = Number(process.env.MAILZONE_FUZZ_HANG_MS ?? 30_000);

function startWorker(): Worker {
  const entry = path.join(__dirname, 'fuzz-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true });
}

/**
 * Runs cases [from, to) in `holder.worker` and resolves with the failures. A case that does not finish within
 * HANG_MS is a failure: the worker is terminated and a fresh one carries on after it.
 */
function runCases(holder: { worker: Worker }, from: number, to: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const failures: string[] = [];
    let current = from;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(onHang, HANG_MS);
    };
    const listen = () => {
      holder.worker.on('message', onMessage);
      holder.worker.on('error', onError);
      holder.worker.postMessage({ seed: SEED, from: current, to });
      arm();
    };
    const detach = () => {
      clearTimeout(timer);
      holder.worker.off('message', onMessage);
      holder.worker.off('error', onError);
    };
    function onMessage(message: FromWorker) {
      if (message.kind === 'case') {
        current = message.index;
        arm();
      } else if (message.kind === 'failure') failures.push(message.text);
      else {
        detach();
        resolve(failures);
      }
    }
    function onError(error: Error) {
      detach();
      reject(error);
    }
    function onHang() {
      detach();
      failures.push(`case ${current}: no result after ${HANG_MS / 1000} s (a hang); replay with MAILZONE_FUZZ_SEED=${SEED} MAILZONE_FUZZ_CASE=${current}`);
      void holder.worker.terminate();
      current++;
      holder.worker = startWorker();
      if (current >= to) resolve(failures);
      else listen();
    }
    listen();
  });
}

describe(`fuzz: engine facade on mutated and random input (seed ${SEED})`, function () {
  const holder = { worker: undefined as unknown as Worker };
  const failures: string[] = [];
  let checked = 0;
  let started = 0;

  before(() => {
    console.log(`      fuzz seed ${SEED} (replay: MAILZONE_FUZZ_SEED=${SEED}), ${listFixtures().length} fixtures`);
    holder.worker = startWorker();
    started = performance.now();
  });

  after(async () => {
    const seconds = (performance.now() - started) / 1000;
    console.log(`      fuzz: ${checked} cases in ${seconds.toFixed(1)} s, ${failures.length} failing`);
    await holder.worker.terminate();
  });

  const runRange = async (from: number, to: number) => {
    failures.push(...(await runCases(holder, from, to)));
    checked += to - from;
    const shown = failures.slice(0, MAX_REPORTED);
    assert.deepEqual(shown, [], `${failures.length} failing case(s); first ${shown.length}:\n${shown.join('\n')}`);
  };

  if (ONLY !== undefined) {
    it(`case ${ONLY}`, async function () {
      this.timeout(HANG_MS * 2);
      await runRange(ONLY, ONLY + 1);
    });
    return;
  }
  for (let from = 0; from < CASES; from += CHUNK) {
    const to = Math.min(CASES, from + CHUNK);
    it(`cases ${from}–${to - 1}: no throw, no hang, ≤ 1 s of CPU each, ranges inside the document, deterministic`, async function () {
      this.timeout(300_000);
      if (failures.length > 0) this.skip();
      await runRange(from, to);
    });
  }
});
