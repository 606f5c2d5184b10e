// Writes docs/rules/ from the message catalogue: one page per rule (English, then Simplified Chinese).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAllRuleDocs } from '../server/src/engine/catalog/rule-doc';

const root = path.resolve(__dirname, '..', 'docs', 'rules');
fs.rmSync(root, { recursive: true, force: true });
for (const [relative, text] of renderAllRuleDocs()) {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
console.log(`wrote ${renderAllRuleDocs().size} pages to ${path.relative(process.cwd(), root)}`);
