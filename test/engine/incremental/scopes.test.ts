import * as assert from 'node:assert/strict';
import { allRules } from '../../../server/src/engine/rules/registry';
import { LINE_NAMING_RULES, OWNER_LOCAL_RULES } from '../../../server/src/engine/rules/scopes';
import { WIDE_TRIGGERS } from '../../../server/src/engine/rules/wide-triggers';

describe('incremental rule scopes', () => {
  const zoneRules = new Set(allRules.filter((rule) => rule.language === 'zone' && !('reportedBy' in rule)).map((rule) => rule.id));

  it('name only zone rules that exist, each in one place', () => {
    for (const id of OWNER_LOCAL_RULES) assert.ok(zoneRules.has(id), `owner-local ${id} is no zone rule`);
    for (const id of WIDE_TRIGGERS.keys()) {
      assert.ok(zoneRules.has(id), `trigger for ${id}, which is no zone rule`);
      assert.ok(!OWNER_LOCAL_RULES.has(id), `${id} is owner-local and has a trigger`);
    }
    for (const id of LINE_NAMING_RULES) assert.ok(OWNER_LOCAL_RULES.has(id), `${id} names lines but is not owner-local`);
  });

  it('leave no zone rule to run after every keystroke unless listed here on purpose', () => {
    const alwaysRun = [...zoneRules].filter((id) => !OWNER_LOCAL_RULES.has(id) && !WIDE_TRIGGERS.has(id));
    // A new cross-owner rule belongs in rules/wide-triggers.ts (or, if it looks at one owner only, in scopes.ts).
    assert.deepEqual(alwaysRun, []);
  });
});
