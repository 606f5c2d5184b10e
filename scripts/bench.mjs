// `npm run bench [-- cli editor nginx many]`: MailZone's speed benchmarks (README "Speed").
//   cli     mailzone check on a generated mail-heavy zone vs kzonecheck, named-checkzone, nsd-checkzone (hyperfine)
//   editor  the language server: didOpen of a large zone to first diagnostics, 50 one-character edits (p50/p95)
//   nginx   1,000 server blocks over 50 included files
//   many    10,000 generated zone files, --jobs 1 vs --jobs 2 (and each thread's throughput from --stats)
// Sizes: MAILZONE_BENCH_RECORDS (1,000,000), MAILZONE_BENCH_EDITOR_RECORDS (100,000), MAILZONE_BENCH_FILES
// (10,000), MAILZONE_BENCH_EDITS (50), MAILZONE_BENCH_RUNS (hyperfine runs, 3). Generated data goes to
// bench/.work (git-ignored).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureEditor } from '../bench/editor-latency.mjs';
import { envNumber, formatCount, have, hyperfine, peakRssMb } from '../bench/run-tools.mjs';
import { mailZoneText, writeMailZone, writeManyZones, writeNginxConfig } from '../bench/zone-generator.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const WORK = path.join(ROOT, 'bench', '.work');
const CLI = path.join(ROOT, 'bin', 'mailzone.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const RUNS = envNumber('MAILZONE_BENCH_RUNS', 3);

const selected = process.argv.slice(2);
const wanted = (name) => selected.length === 0 || selected.includes(name);
const summary = [];

function main() {
  fs.mkdirSync(WORK, { recursive: true });
  if (!process.env.MAILZONE_BENCH_NO_BUILD) run('node', ['scripts/build.mjs']);
  return (async () => {
    if (wanted('cli')) benchCli();
    if (wanted('editor')) await benchEditor();
    if (wanted('nginx')) benchNginx();
    if (wanted('many')) benchMany();
    console.log('\n== Summary');
    for (const line of summary) console.log(line);
  })();
}

function benchCli() {
  const records = envNumber('MAILZONE_BENCH_RECORDS', 1_000_000);
  const zone = path.join(WORK, `mail-${records}.zone`);
  const count = cached(zone, () => writeMailZone(zone, records));
  const size = fs.statSync(zone).size;
  console.log(`\n== CLI: ${formatCount(count)} records, ${(size / 1e6).toFixed(1)} MB (${zone})`);
  const commands = [{ name: 'mailzone', command: `node ${CLI} check ${zone}` }];
  if (have('kzonecheck')) commands.push({ name: 'kzonecheck', command: `kzonecheck -o example.com. ${zone}` });
  if (have('named-checkzone')) commands.push({ name: 'named-checkzone', command: `named-checkzone -i none example.com ${zone}` });
  if (have('nsd-checkzone')) commands.push({ name: 'nsd-checkzone', command: `nsd-checkzone example.com ${zone}` });
  const results = hyperfine(commands, { runs: RUNS, exportJson: path.join(WORK, 'cli.json') });
  const ours = results.find((r) => r.name === 'mailzone');
  for (const peer of results.filter((r) => r !== ours)) {
    summary.push(
      `cli: mailzone/${peer.name} = ${(ours.mean / peer.mean).toFixed(2)} wall (${ours.mean.toFixed(2)} s vs ${peer.mean.toFixed(2)} s), ` +
        `${(ours.cpu / peer.cpu).toFixed(2)} CPU (${ours.cpu.toFixed(2)} s vs ${peer.cpu.toFixed(2)} s)`,
    );
  }
  summary.push(`cli: mailzone ${formatCount(count / ours.mean)} records/s`);
  const rss = peakRssMb(['node', CLI, 'check', zone]);
  summary.push(`cli: mailzone peak RSS ${rss === undefined ? 'unknown' : `${rss.toFixed(0)} MB`}`);
}

async function benchEditor() {
  const records = envNumber('MAILZONE_BENCH_EDITOR_RECORDS', 100_000);
  const { text, records: count } = mailZoneText(records);
  const file = path.join(WORK, `editor-${records}.zone`);
  fs.writeFileSync(file, text);
  console.log(`\n== Editor: ${formatCount(count)} records open in dist/server.js`);
  const result = await measureEditor({ serverJs: SERVER, file, text, edits: envNumber('MAILZONE_BENCH_EDITS', 50) });
  const ms = (v) => `${v.toFixed(1)} ms`;
  summary.push(
    `open: didOpen to first diagnostics ${ms(result.openMs)} (${result.openDiagnostics} diagnostics; the server's check ${result.openCheckMs === undefined ? 'n/a' : ms(result.openCheckMs)})`,
  );
  summary.push(
    `editor: didChange to diagnostics p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, max ${ms(result.max)} over ${result.latencies.length} edits` +
      (result.incrementalSync ? '' : ' (server asked for full-text sync)'),
  );
  if (Number.isFinite(result.checkP50)) summary.push(`editor: of which the server's check p50 ${ms(result.checkP50)}, p95 ${ms(result.checkP95)} (the rest is debounce and transport)`);
}

function benchNginx() {
  const dir = path.join(WORK, 'nginx');
  fs.rmSync(dir, { recursive: true, force: true });
  const main = writeNginxConfig(dir, 1000, 50);
  console.log(`\n== nginx: 1,000 server blocks over 50 included files (${main})`);
  const [result] = hyperfine([{ name: 'mailzone-nginx', command: `node ${CLI} check ${main}` }], {
    runs: Math.max(RUNS, 5),
    exportJson: path.join(WORK, 'nginx.json'),
  });
  summary.push(`nginx: mailzone check, 1,000 server blocks / 50 files: ${(result.mean * 1000).toFixed(0)} ms wall, ${(result.cpu * 1000).toFixed(0)} ms CPU (process start included)`);
  const engine = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'bench', 'engine-timing.ts'), main], {
    encoding: 'utf8',
    env: { ...process.env, ROUNDS: '5', LANGUAGE: 'nginx' },
  });
  const lines = engine.stdout.trim().split('\n');
  if (engine.status === 0 && lines.length) {
    // The first round is what one `mailzone check` pays (code not yet optimised); the last, an editor's re-check.
    summary.push(`nginx: engine only, cold (first of ${lines.length} rounds in one process): ${lines[0]}`);
    summary.push(`nginx: engine only, warm (last round): ${lines[lines.length - 1]}`);
  } else console.error(engine.stderr);
}

function benchMany() {
  const files = envNumber('MAILZONE_BENCH_FILES', 10_000);
  const dir = path.join(WORK, `many-${files}`);
  const records = cached(path.join(dir, '.records'), () => {
    fs.rmSync(dir, { recursive: true, force: true });
    return writeManyZones(dir, files);
  });
  console.log(`\n== Many files: ${formatCount(files)} zone files, ${formatCount(records)} records`);
  const jobsFlag = process.env.MAILZONE_BENCH_JOBS_FLAG ?? '--jobs';
  const results = hyperfine([{ name: 'mailzone --jobs {jobs}', command: `node ${CLI} check ${jobsFlag} {jobs} ${dir}` }], {
    runs: RUNS,
    exportJson: path.join(WORK, 'many.json'),
    parameter: { name: 'jobs', values: [1, 2] },
  });
  for (const r of results) {
    summary.push(
      `many: ${r.name}: ${r.mean.toFixed(2)} s wall (CPU ${r.cpu.toFixed(2)} s), ${formatCount(files / r.mean)} files/s, ${formatCount(records / r.mean)} records/s`,
    );
  }
  if (results.length === 2) {
    summary.push(`many: speed-up of --jobs 2 over --jobs 1: ${(results[0].mean / results[1].mean).toFixed(2)}x wall; CPU ${(results[1].cpu / results[0].cpu).toFixed(2)}x that of --jobs 1`);
  }
  // On a shared machine the wall time says more about the neighbours than about the pool: one run with
  // --stats gives each thread's own throughput, per second of checking and per CPU second.
  const stats = spawnSync(process.execPath, [CLI, 'check', '--stats', jobsFlag, '2', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of (stats.stderr ?? '').split('\n')) {
    if (/^\s+(main thread|worker \d+):|CPU time/.test(line)) summary.push(`many: --jobs 2 --stats: ${line.trim()}`);
  }
}

/** Runs `make` once per output; later runs reuse the file (its record count is kept next to it). */
function cached(file, make) {
  const meta = file.endsWith('.records') ? file : `${file}.records`;
  if (fs.existsSync(meta) && (meta === file || fs.existsSync(file))) return Number(fs.readFileSync(meta, 'utf8'));
  const count = make();
  fs.mkdirSync(path.dirname(meta), { recursive: true });
  fs.writeFileSync(meta, String(count));
  return count;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
