import { phrase } from '../engine/catalog/catalogue';
import type { FileOutcome } from './check-file';
import type { ThreadStats } from './worker-pool';

/**
 * `--stats`: throughput of this run, from the start of the check to the last file's result; each thread's own
 * throughput over the time it spent checking and per CPU second (the steadier figure on a shared machine,
 * where the wall time depends on what else runs); and the CPU time of the whole process during the check.
 */
export function formatStats(
  outcomes: readonly FileOutcome[],
  startedNs: bigint,
  cpuStarted: NodeJS.CpuUsage,
  threadCount: number,
  threads: readonly ThreadStats[],
  locale: string,
): string {
  const seconds = Number(process.hrtime.bigint() - startedNs) / 1e9;
  const records = outcomes.reduce((n, o) => n + o.records, 0);
  const rate = (count: number, over: number) => (over > 0 ? Math.round(count / over) : count);
  const how = threadCount > 1 ? phrase('cli.statsWorkers', { count: threadCount }, locale) : phrase('cli.statsMainThread', {}, locale);
  const lines = [
    phrase(
      'cli.stats',
      {
        files: outcomes.length,
        records,
        seconds: seconds.toFixed(3),
        filesPerSecond: rate(outcomes.length, seconds),
        recordsPerSecond: rate(records, seconds),
        workers: how,
      },
      locale,
    ),
  ];
  for (const thread of threads) {
    const busy = thread.busyMs / 1000;
    const index = /^worker (\d+)$/.exec(thread.thread)?.[1];
    const name = index ? phrase('cli.statsWorkerThread', { index }, locale) : phrase('cli.statsMainThread', {}, locale);
    lines.push(
      phrase(
        'cli.statsThread',
        {
          thread: name,
          files: thread.files,
          records: thread.records,
          seconds: busy.toFixed(3),
          cpu: thread.cpuMs === undefined ? '?' : (thread.cpuMs / 1000).toFixed(2),
          filesPerSecond: rate(thread.files, busy),
          recordsPerSecond: rate(thread.records, busy),
          filesPerCpuSecond: thread.cpuMs ? rate(thread.files, thread.cpuMs / 1000) : '?',
        },
        locale,
      ),
    );
  }
  const cpu = process.cpuUsage(cpuStarted);
  lines.push(phrase('cli.statsCpu', { seconds: ((cpu.user + cpu.system) / 1e6).toFixed(3) }, locale));
  return lines.join('\n');
}
