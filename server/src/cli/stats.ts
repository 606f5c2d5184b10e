import { phrase } from '../engine/catalog/catalogue';
import type { FileOutcome } from './check-file';

/** `--stats`: throughput of this run, from the start of the check to the last file's result. */
export function formatStats(outcomes: readonly FileOutcome[], startedNs: bigint, workers: number, locale: string): string {
  const seconds = Number(process.hrtime.bigint() - startedNs) / 1e9;
  const records = outcomes.reduce((n, o) => n + o.records, 0);
  const rate = (count: number) => (seconds > 0 ? Math.round(count / seconds) : count);
  const how = workers > 1 ? phrase('cli.statsWorkers', { count: workers }, locale) : phrase('cli.statsMainThread', {}, locale);
  return phrase(
    'cli.stats',
    {
      files: outcomes.length,
      records,
      seconds: seconds.toFixed(3),
      filesPerSecond: rate(outcomes.length),
      recordsPerSecond: rate(records),
      workers: how,
    },
    locale,
  );
}
