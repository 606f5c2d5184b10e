import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderAllRuleDocs } from '../../server/src/engine/catalog/rule-doc';
import { allRules } from '../../server/src/engine/rules/registry';
import { docUrlFor } from '../../server/src/engine/diagnostics';

describe('rule documentation pages', () => {
  const root = path.resolve(__dirname, '..', '..', 'docs', 'rules');
  const pages = renderAllRuleDocs();

  it('has a page for every rule, and the index', () => {
    for (const rule of allRules) assert.ok(pages.has(`${rule.id}.md`), rule.id);
    assert.ok(pages.has('README.md'));
  });

  it('docs/rules/ is up to date with the catalogue (run: npx tsx scripts/gen-rule-docs.ts)', () => {
    const stale: string[] = [];
    for (const [relative, text] of pages) {
      const file = path.join(root, relative);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(relative);
    }
    assert.deepEqual(stale, []);
  });

  it('every diagnostic links to its page', () => {
    for (const rule of allRules) assert.ok(docUrlFor(rule.id).endsWith(`docs/rules/${rule.id}.md`));
  });
});
