// Summarises a V8 .cpuprofile for reading `node --cpu-prof` output in a terminal: the top functions by self
// time, then by total time (self plus callees; each function counted once per stack).
//   node bench/profile-summary.mjs FILE.cpuprofile [top=25]
import * as fs from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const keyOf = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.replace(/^.*\/(server|node_modules)\//, '$1/')}:${lineNumber + 1}`;
};

const self = new Map();
const total = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const leaf = byId.get(id);
  self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = keyOf(byId.get(at));
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
});

const print = (title, map) => {
  console.log(`-- ${title}`);
  const rows = [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(top));
  for (const [key, us] of rows) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${key}`);
};
print('self time', self);
print('total time', total);
