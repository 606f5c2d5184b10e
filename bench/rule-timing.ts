// Time per rule over one parsed zone, slowest first: finds the rule that makes a large zone slow.
//   node --require tsx/cjs bench/rule-timing.ts FILE [top=15]
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Report, ZoneRule } from '../server/src/engine/rules/rule';
import { allRules } from '../server/src/engine/rules/registry';
import { Analysis } from '../server/src/engine/service';
import type { Zone } from '../server/src/engine/zone/model';

const file = path.resolve(process.argv[2] ?? 'bench/.work/mail-100000.zone');
const top = Number(process.argv[3] ?? 15);
const analysis = new Analysis({ path: file, text: fs.readFileSync(file, 'utf8'), language: 'zone' });
const zone = analysis.model as Zone;
const rows: Array<{ id: string; ms: number; findings: number }> = [];
for (const rule of allRules) {
  if (rule.language !== 'zone' || 'reportedBy' in rule) continue;
  let findings = 0;
  const report: Report = () => void findings++;
  const started = performance.now();
  try {
    (rule as ZoneRule).check(zone, report, analysis.env);
  } catch (error) {
    console.log(`${rule.id} threw: ${String(error)}`);
  }
  rows.push({ id: rule.id, ms: performance.now() - started, findings });
}
rows.sort((a, b) => b.ms - a.ms);
const total = rows.reduce((sum, r) => sum + r.ms, 0);
console.log(`${zone.records.length} records, ${rows.length} zone rules, ${total.toFixed(0)} ms in rules`);
for (const r of rows.slice(0, top)) console.log(`${r.ms.toFixed(1).padStart(9)} ms  ${r.id}  (${r.findings} findings)`);
