// In-process engine timings (parse, then lint), without process start-up or output:
//   node --require tsx/cjs bench/engine-timing.ts FILE   (ROUNDS=3, LANGUAGE=zone|nginx to force one)
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../server/src/engine/diagnostics';
import { Analysis } from '../server/src/engine/service';
import { createFsReader } from '../server/src/node/fs-reader';

const file = path.resolve(process.argv[2] ?? 'bench/.work/mail-1000000.zone');
const text = fs.readFileSync(file, 'utf8');
const language = process.env.LANGUAGE as Language | undefined;
const reader = createFsReader();
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const analysis = new Analysis({ path: file, text, language }, { reader });
  const model = analysis.model as { records?: unknown[] } | undefined;
  const t1 = performance.now();
  const diagnostics = analysis.diagnostics;
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const records = model?.records ? `records ${model.records.length}  ` : '';
  console.log(
    `${records}parse ${(t1 - t0).toFixed(0)} ms  lint ${(t2 - t1).toFixed(0)} ms  diagnostics ${diagnostics.length}  heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
}
