import { strict as assert } from 'node:assert';
import { allRuleTexts, normalizeLocale, ruleMessage } from '../../server/src/engine/catalog/catalogue';
import { allRules } from '../../server/src/engine/rules/registry';

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('message catalogue', () => {
  const en = allRuleTexts('en');
  const zh = allRuleTexts('zh-cn');

  it('has rules registered', () => assert.ok(allRules.length > 0));

  it('registers each rule id once, in area/kebab-name form', () => {
    const seen = new Set<string>();
    for (const rule of allRules) {
      assert.match(rule.id, RULE_ID, rule.id);
      assert.ok(!seen.has(rule.id), `duplicate rule id ${rule.id}`);
      seen.add(rule.id);
    }
  });

  for (const rule of allRules) {
    it(`${rule.id}: English title, doc and default message`, () => {
      const text = en[rule.id];
      assert.ok(text, `no English catalogue entry for ${rule.id}`);
      assert.ok(text.title.trim().length > 0);
      assert.ok(text.doc.trim().length >= 40, `${rule.id}: doc too short to teach anything`);
      assert.ok(text.messages.default, `${rule.id}: no default message`);
    });

    it(`${rule.id}: Simplified Chinese for every English message, with the same placeholders`, () => {
      const english = en[rule.id];
      const chinese = zh[rule.id];
      assert.ok(chinese, `no zh-cn catalogue entry for ${rule.id}`);
      assert.ok(/[\u4e00-\u9fff]/.test(chinese.title + chinese.doc), `${rule.id}: zh-cn text is not Chinese`);
      for (const [id, template] of Object.entries(english!.messages)) {
        const translated: string | undefined = chinese.messages[id];
        assert.ok(translated, `${rule.id}: zh-cn lacks message ${id}`);
        assert.deepEqual(placeholders(translated), placeholders(template), `${rule.id}#${id}: placeholders differ`);
      }
    });
  }

  it('has no catalogue entry without a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    assert.deepEqual(Object.keys(en).filter((id) => !ids.has(id)), []);
    assert.deepEqual(Object.keys(zh).filter((id) => !ids.has(id)), []);
  });

  it('fills placeholders and falls back to English', () => {
    assert.equal(normalizeLocale('zh_CN.UTF-8'), 'zh-cn');
    assert.equal(normalizeLocale('zh-Hans'), 'zh-cn');
    assert.equal(normalizeLocale('de-DE'), 'en');
    const message = ruleMessage('core/internal-error', undefined, { rule: 'x/y', error: 'boom' }, 'en');
    assert.match(message, /x\/y/);
    assert.match(message, /boom/);
    assert.notEqual(ruleMessage('core/internal-error', undefined, { rule: 'x/y', error: 'boom' }, 'zh-CN'), message);
  });
});
