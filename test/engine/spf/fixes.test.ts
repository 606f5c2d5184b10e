import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../server/src/engine/service';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';

const HEADER = `$ORIGIN example.com.
$TTL 3600
@       IN SOA  ns1 hostmaster 2026112301 7200 3600 1209600 3600
@       IN NS   ns1
@       IN NS   ns2
ns1     IN A    192.0.2.1
ns2     IN A    192.0.2.2
`;

function lint(text: string): EngineDiagnostic[] {
  return checkDocument({ path: '/zones/example.com.zone', text, language: 'zone' }).diagnostics;
}

const key = (d: EngineDiagnostic) => `${d.rule}@${d.range.start.line}`;

interface FixCase {
  rule: string;
  body: string;
  /** Which fix of the first diagnostic of `rule`: its index, default the preferred one. */
  fix?: number;
  /** The body after the fix. */
  expected: string;
}

const cases: FixCase[] = [
  { rule: 'spf/unknown-mechanism', body: '@ IN TXT "v=spf1 inlcude:spf.qiye.aliyun.com -all"\n', expected: '@ IN TXT "v=spf1 include:spf.qiye.aliyun.com -all"\n' },
  { rule: 'spf/unknown-mechanism', body: '@ IN TXT "v=spf1 ip:192.0.2.1 -all"\n', expected: '@ IN TXT "v=spf1 ip4:192.0.2.1 -all"\n' },
  { rule: 'spf/unknown-mechanism', body: '@ IN TXT "v=spf1 ip:2001:db8::1 -all"\n', expected: '@ IN TXT "v=spf1 ip6:2001:db8::1 -all"\n' },
  { rule: 'spf/unknown-mechanism', body: '@ IN TXT "v=spf1 192.0.2.7 -all"\n', expected: '@ IN TXT "v=spf1 ip4:192.0.2.7 -all"\n' },
  { rule: 'spf/unknown-mechanism', body: '@ IN TXT "v=spf1 redirect:_spf.example.net"\n', expected: '@ IN TXT "v=spf1 redirect=_spf.example.net"\n' },
  { rule: 'spf/bad-ip', body: '@ IN TXT "v=spf1 ip4:2001:db8::1 -all"\n', expected: '@ IN TXT "v=spf1 ip6:2001:db8::1 -all"\n' },
  { rule: 'spf/bad-cidr', body: '@ IN TXT "v=spf1 a/24/64 -all"\n', expected: '@ IN TXT "v=spf1 a/24//64 -all"\n' },
  { rule: 'spf/bad-domain-spec', body: '@ IN TXT "v=spf1 a:192.0.2.1 -all"\n', expected: '@ IN TXT "v=spf1 ip4:192.0.2.1 -all"\n' },
  { rule: 'spf/no-all', body: '@ IN TXT "v=spf1 mx"\n', expected: '@ IN TXT "v=spf1 mx ~all"\n' },
  { rule: 'spf/no-all', body: '@ IN TXT "v=spf1 mx"\n', fix: 1, expected: '@ IN TXT "v=spf1 mx -all"\n' },
  { rule: 'spf/ptr', body: '@ IN TXT "v=spf1 mx ptr -all"\n', fix: 0, expected: '@ IN TXT "v=spf1 mx -all"\n' },
  { rule: 'spf/permissive-all', body: '@ IN TXT "v=spf1 mx +all"\n', expected: '@ IN TXT "v=spf1 mx ~all"\n' },
  { rule: 'spf/permissive-all', body: '@ IN TXT "v=spf1 mx ?all"\n', fix: 0, expected: '@ IN TXT "v=spf1 mx ~all"\n' },
  { rule: 'spf/fail-include', body: '@ IN TXT "v=spf1 -include:_spf.example.net -all"\n', fix: 0, expected: '@ IN TXT "v=spf1 include:_spf.example.net -all"\n' },
  { rule: 'spf/terms-after-all', body: '@ IN TXT "v=spf1 -all a mx"\n', fix: 0, expected: '@ IN TXT "v=spf1 -all"\n' },
  { rule: 'spf/duplicate-modifier', body: '@ IN TXT "v=spf1 redirect=x.example.net redirect=x.example.net"\n', expected: '@ IN TXT "v=spf1 redirect=x.example.net"\n' },
  { rule: 'spf/suspicious-modifier', body: '@ IN TXT "v=spf1 include=_spf.example.net -all"\n', expected: '@ IN TXT "v=spf1 include:_spf.example.net -all"\n' },
  { rule: 'spf/bad-version', body: '@ IN TXT "v=spf1; mx -all"\n', expected: '@ IN TXT "v=spf1  mx -all"\n' },
  { rule: 'spf/broken-join', body: '@ IN TXT ( "v=spf1 a"\n           "-all" )\n', expected: '@ IN TXT ( "v=spf1 a "\n           "-all" )\n' },
  { rule: 'spf/broken-join', body: '@ IN TXT "v=spf1" "mx -all"\n', expected: '@ IN TXT "v=spf1 " "mx -all"\n' },
  { rule: 'spf/type-spf', body: '@ IN SPF "v=spf1 mx -all"\n', expected: '@ IN TXT "v=spf1 mx -all"\n' },
  { rule: 'spf/type-spf', body: '@ IN TXT "v=spf1 mx -all"\n@ IN SPF "v=spf1 mx -all"\nwww IN A 192.0.2.80\n', expected: '@ IN TXT "v=spf1 mx -all"\nwww IN A 192.0.2.80\n' },
  {
    rule: 'spf/multiple-records',
    body: '@ IN TXT "v=spf1 mx -all"\n@ IN TXT "v=spf1 include:_spf.google.com mx ~all"\n  IN A 192.0.2.80\n',
    expected: '@ IN TXT "v=spf1 mx include:_spf.google.com -all"\n  IN A 192.0.2.80\n',
  },
  {
    rule: 'spf/multiple-records',
    body: '@ IN TXT "v=spf1 mx -all"\nwww IN A 192.0.2.80\n@ IN TXT "v=spf1 a -all"\n  IN MX 10 mail.example.net.\n',
    expected: '@ IN TXT "v=spf1 mx a -all"\nwww IN A 192.0.2.80\n@  IN MX 10 mail.example.net.\n',
  },
];

describe('SPF fixes: applied, the problem is gone and nothing new appears', () => {
  for (const c of cases) {
    it(`${c.rule}: ${JSON.stringify(c.body)}${c.fix !== undefined ? ` (fix ${c.fix})` : ''}`, () => {
      const text = HEADER + c.body;
      const before = lint(text);
      const target = before.find((d) => d.rule === c.rule);
      assert.ok(target, `${c.rule} does not fire`);
      const fix = c.fix === undefined ? target.fixes.find((f) => f.preferred) : target.fixes[c.fix];
      assert.ok(fix, `no such fix; offered: ${target.fixes.map((f) => f.title).join(', ')}`);
      assert.ok(fix.title.length > 0);
      const after = applyEdits(text, fix.edits);
      assert.equal(after.slice(HEADER.length), c.expected);
      const remaining = lint(after);
      assert.ok(!remaining.some((d) => d.rule === c.rule && d.range.start.line === target.range.start.line), `${c.rule} still fires`);
      const old = new Set(before.map((d) => d.rule));
      const fresh = remaining.filter((d) => !old.has(d.rule) && (d.severity === 'error' || d.severity === 'warning'));
      assert.deepEqual(fresh.map(key), [], 'the fix introduced new problems');
    });
  }

  it('fixes every preferred problem of a record and reaches a fixed point', () => {
    let text = HEADER + '@ IN TXT "v=spf1 inlcude:_spf.google.com ip:192.0.2.1 +all"\n';
    for (let pass = 0; pass < 5; pass++) {
      const fix = lint(text).flatMap((d) => d.fixes.filter((f) => f.preferred))[0];
      if (!fix) break;
      text = applyEdits(text, fix.edits);
    }
    assert.equal(text.slice(HEADER.length), '@ IN TXT "v=spf1 include:_spf.google.com ip4:192.0.2.1 ~all"\n');
    assert.deepEqual(lint(text).map(key), []);
  });
});
