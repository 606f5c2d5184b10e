// The zone parser alone, warm: CPU and wall time of each round of parseZone on one file.
//   node --expose-gc --require tsx/cjs bench/parse-timing.ts FILE [ROOT]
// ROOT is another checkout's directory (e.g. an older commit unpacked with `git archive`), to compare two
// parsers in turns on a busy machine. ROUNDS=6 by default; the first round is the cold one.
import * as fs from 'node:fs';
import * as path from 'node:path';

const file = path.resolve(process.argv[2] ?? 'bench/.work/editor-100000.zone');
const root = path.resolve(process.argv[3] ?? path.join(__dirname, '..'));
/* eslint-disable @typescript-eslint/no-require-imports */
const { SourceFile } = require(path.join(root, 'server/src/engine/text/source')) as typeof import('../server/src/engine/text/source');
const { parseZone } = require(path.join(root, 'server/src/engine/zone/parser')) as typeof import('../server/src/engine/zone/parser');
const text = fs.readFileSync(file, 'utf8');
const reader = { readText: (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined) };
const gc = (globalThis as { gc?: () => void }).gc;
const wall: number[] = [];
const cpu: number[] = [];
let records = 0;
for (let round = 0; round < Number(process.env.ROUNDS ?? 6); round++) {
  gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  records = parseZone(new SourceFile(file, text), { reader }).records.length;
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!.toFixed(0);
const warm = (values: number[]) => (values.length > 1 ? values.slice(1) : values);
console.log(
  `${records} records  wall ms ${wall.map((t) => t.toFixed(0)).join(' ')}  cpu ms ${cpu.map((t) => t.toFixed(0)).join(' ')}  ` +
    `warm median: wall ${median(warm(wall))} ms, cpu ${median(warm(cpu))} ms  (${root})`,
);
