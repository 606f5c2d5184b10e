import { parentPort } from 'node:worker_threads';
import { listFixtures } from '../support/fixture-files';
import { fuzzCase } from './cases';
import { caseFailure } from './check-case';

// Runs fuzz cases off the test's thread, so the test can stop a case that never returns (a synchronous
// hang cannot be interrupted from the thread it runs on). Messages: in { seed, from, to }; out
// { kind: 'case', index } before each case, { kind: 'failure', text }, { kind: 'done' }.

export type FromWorker = { kind: 'case'; index: number } | { kind: 'failure'; text: string } | { kind: 'done' };

const fixtures = listFixtures();

parentPort?.on('message', ({ seed, from, to }: { seed: number; from: number; to: number }) => {
  for (let index = from; index < to; index++) {
    parentPort!.postMessage({ kind: 'case', index } satisfies FromWorker);
    const failure = caseFailure(seed, fuzzCase(seed, index, fixtures));
    if (failure) parentPort!.postMessage({ kind: 'failure', text: failure } satisfies FromWorker);
  }
  parentPort!.postMessage({ kind: 'done' } satisfies FromWorker);
});
