// Running external tools for the benchmarks: hyperfine, /usr/bin/time, and small helpers around them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Runs hyperfine over `commands` ({ name, command }) and returns each one's mean and stddev (wall) and mean
 * CPU time (user + system), in seconds. On a shared machine the CPU time is the steadier figure.
 * Exit codes are ignored: a checker that finds problems exits non-zero, which is not a failure here.
 */
export function hyperfine(commands, { runs = 3, warmup = 1, exportJson, parameter } = {}) {
  const args = ['--style', 'basic', '--ignore-failure', '--runs', String(runs), '--warmup', String(warmup), '--export-json', exportJson];
  if (parameter) args.push('--parameter-list', parameter.name, parameter.values.join(','));
  for (const { name, command } of commands) args.push('--command-name', name, command);
  const result = spawnSync('hyperfine', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`hyperfine failed (exit ${result.status})`);
  const report = JSON.parse(fs.readFileSync(exportJson, 'utf8'));
  return report.results.map((r) => ({ name: r.command, mean: r.mean, stddev: r.stddev ?? 0, min: r.min, max: r.max, cpu: r.user + r.system }));
}

/**
 * Peak resident set size (MB) of one run of `argv`, from GNU time's "Maximum resident set size"; without GNU
 * time, a node command reports its own peak through bench/peak-rss.cjs.
 */
export function peakRssMb(argv) {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const [command, ...args] = gnuTime
    ? ['/usr/bin/time', '-v', ...argv]
    : [argv[0], '--require', new URL('./peak-rss.cjs', import.meta.url).pathname, ...argv.slice(1)];
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  return match ? Number(match[1]) / 1024 : undefined;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function envNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return value;
}

export function formatCount(n) {
  return Math.round(n).toLocaleString('en-US');
}
