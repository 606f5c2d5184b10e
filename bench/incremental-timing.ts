// In-process timing of the incremental zone lint (no LSP transport, no debounce): first lint of a document,
// then single-character edits spread over it, each re-linted incrementally.
//   node --require tsx/cjs bench/incremental-timing.ts FILE [edits=50]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis } from '../server/src/engine/service';
import { defaultSettings } from '../server/src/engine/settings';
import { singleZoneWorkspace } from '../server/src/engine/workspace';
import { IncrementalZoneLint } from '../server/src/engine/zone/incremental/session';
import { createFsReader } from '../server/src/node/fs-reader';

const file = path.resolve(process.argv[2] ?? 'bench/.work/editor-100000.zone');
const edits = Number(process.argv[3] ?? 50);
const env = { settings: defaultSettings(), workspace: singleZoneWorkspace(createFsReader()) };
const session = new IncrementalZoneLint(file, env);
let text = fs.readFileSync(file, 'utf8');
const lint = () => new Analysis({ path: file, text, language: 'zone' }, { ...env, incremental: session }).diagnostics;
let started = performance.now();
const first = lint();
console.log(`open: ${(performance.now() - started).toFixed(0)} ms, ${first.length} diagnostics`);
const times: number[] = [];
for (let n = 0; n < edits; n++) {
  // Deterministic spread: the i-th edit types a character at the start of a line i/edits of the way down.
  const at = text.indexOf('\n', Math.floor((text.length * (n + 0.5)) / edits)) + 1;
  text = text.slice(0, at) + 'x' + text.slice(at);
  started = performance.now();
  lint();
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(`edits: ${edits}, p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms`);
