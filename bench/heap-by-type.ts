// Memory of a parsed and linted zone by object type: which objects make up the bytes per record.
//   node --expose-gc --require tsx/cjs bench/heap-by-type.ts FILE [top=20]
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { Analysis } from '../server/src/engine/service';

const file = process.argv[2] ?? 'bench/.work/mail-20000.zone';
const top = Number(process.argv[3] ?? 20);
const analysis = new Analysis({ path: file, text: fs.readFileSync(file, 'utf8'), language: 'zone' });
const records = (analysis.model as { records: unknown[] }).records.length;
void analysis.diagnostics;
(globalThis as { gc?: () => void }).gc?.();
const snapshot = JSON.parse(fs.readFileSync(v8.writeHeapSnapshot(), 'utf8')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};
const fields = snapshot.snapshot.meta.node_fields;
const types = snapshot.snapshot.meta.node_types[0];
const width = fields.length;
const at = (name: string) => fields.indexOf(name);
const bySize = new Map<string, { count: number; bytes: number }>();
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = types[snapshot.nodes[i + at('type')]!]!;
  const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + at('name')]!]! : `(${type})`;
  const entry = bySize.get(name) ?? { count: 0, bytes: 0 };
  entry.count++;
  entry.bytes += snapshot.nodes[i + at('self_size')]!;
  bySize.set(name, entry);
}
const rows = [...bySize.entries()].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
console.log(`${records} records`);
for (const [name, { count, bytes }] of rows) {
  console.log(`${(bytes / records).toFixed(0).padStart(6)} B/record ${(count / records).toFixed(2).padStart(7)} per record  ${name}`);
}
