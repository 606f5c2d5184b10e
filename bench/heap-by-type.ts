// Memory of a parsed and linted zone by object type: which objects make up the bytes per record.
//   node --expose-gc --require tsx/cjs bench/heap-by-type.ts FILE [top=20] [parse]
// Plain objects (`Object`) and arrays are further split by their property names (the shape), so a
// cache of literals shows which it is. With `parse` as the third argument only the parse is measured.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { Analysis } from '../server/src/engine/service';

const file = process.argv[2] ?? 'bench/.work/mail-20000.zone';
const top = Number(process.argv[3] ?? 20);
const parseOnly = process.argv[4] === 'parse';
const analysis = new Analysis({ path: file, text: fs.readFileSync(file, 'utf8'), language: 'zone' });
const records = (analysis.model as { records: unknown[] }).records.length;
if (!parseOnly) void analysis.diagnostics;
(globalThis as { gc?: () => void }).gc?.();
const snapshotFile = v8.writeHeapSnapshot();
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
};
fs.unlinkSync(snapshotFile);
const meta = snapshot.snapshot.meta;
const fields = meta.node_fields;
const types = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const width = fields.length;
const edgeWidth = meta.edge_fields.length;
const at = (name: string) => fields.indexOf(name);
const [typeAt, nameAt, sizeAt, edgeCountAt] = [at('type'), at('name'), at('self_size'), at('edge_count')];
const edgeTypeAt = meta.edge_fields.indexOf('type');
const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
const bySize = new Map<string, { count: number; bytes: number }>();
const byShape = new Map<string, { count: number; bytes: number }>();
let total = 0;
let edge = 0;
for (let i = 0; i < snapshot.nodes.length; i += width) {
  const type = types[snapshot.nodes[i + typeAt]!]!;
  const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]!]! : `(${type})`;
  const size = snapshot.nodes[i + sizeAt]!;
  const edges = snapshot.nodes[i + edgeCountAt]!;
  total += size;
  const entry = bySize.get(name) ?? { count: 0, bytes: 0 };
  entry.count++;
  entry.bytes += size;
  bySize.set(name, entry);
  if (name === 'Object') {
    const keys: string[] = [];
    for (let e = edge; e < edge + edges * edgeWidth; e += edgeWidth) {
      if (edgeTypes[snapshot.edges[e + edgeTypeAt]!] === 'property') keys.push(snapshot.strings[snapshot.edges[e + edgeNameAt]!]!);
    }
    const shape = `{${keys.slice(0, 8).join(',')}}`;
    const s = byShape.get(shape) ?? { count: 0, bytes: 0 };
    s.count++;
    s.bytes += size;
    byShape.set(shape, s);
  }
  edge += edges * edgeWidth;
}
const show = (map: Map<string, { count: number; bytes: number }>) => {
  for (const [name, { count, bytes }] of [...map.entries()].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(`${(bytes / records).toFixed(0).padStart(6)} B/record ${(count / records).toFixed(2).padStart(7)} per record  ${name}`);
  }
};
console.log(`${records} records, ${(total / records).toFixed(0)} B/record in all${parseOnly ? ' (parse only)' : ''}`);
show(bySize);
console.log('plain objects by shape:');
show(byShape);
