import { strict as assert } from 'node:assert';
import { parseZone } from '../../../server/src/engine/zone/parser';
import { SourceFile } from '../../../server/src/engine/text/source';
import { emptyReader, singleZoneWorkspace } from '../../../server/src/engine/workspace';
import { defaultSettings } from '../../../server/src/engine/settings';
import type { Zone } from '../../../server/src/engine/zone/model';
import type { RuleEnv } from '../../../server/src/engine/rules/rule';
import { countLookups } from '../../../server/src/engine/mail/spf/lookups';
import { spfTxtRecordsAt } from '../../../server/src/engine/mail/spf/records';
import { checkDocument } from '../../../server/src/engine/service';

function zone(origin: string, body: string): Zone {
  return parseZone(new SourceFile(`/zones/${origin}zone`, `$ORIGIN ${origin}\n${body}`), { reader: emptyReader });
}

function envWith(...zones: Zone[]): RuleEnv {
  return { settings: defaultSettings(), workspace: singleZoneWorkspace(emptyReader, zones) };
}

function countAt(z: Zone, name: string, env: RuleEnv) {
  const info = spfTxtRecordsAt(z, name)[0];
  assert.ok(info, `no SPF record at ${name}`);
  return countLookups(z, info, env);
}

describe('SPF lookup count (RFC 7208 §4.6.4)', () => {
  it('counts include, a, mx, ptr, exists and redirect once each, and nothing for ip4/ip6/all', () => {
    const z = zone('example.com.', '@ TXT "v=spf1 a mx ptr exists:%{i}.example.net include:x.example.net ip4:192.0.2.1 ip6:::1 -all"\n');
    const count = countAt(z, 'example.com.', envWith(z));
    assert.equal(count.total, 5);
    assert.deepEqual(count.terms.map((t) => t.own), [1, 1, 1, 1, 1, 0, 0, 0]);
    assert.equal(count.terms[4]!.place, 'outside');
  });

  it('ignores redirect= when all is present (§6.1) and counts it otherwise', () => {
    const withAll = zone('example.com.', '@ TXT "v=spf1 -all redirect=x.example.net"\n');
    assert.equal(countAt(withAll, 'example.com.', envWith(withAll)).total, 0);
    const without = zone('example.com.', '@ TXT "v=spf1 mx redirect=x.example.net"\n');
    assert.equal(countAt(without, 'example.com.', envWith(without)).total, 2);
  });

  it('follows includes into the same zone and into another zone of the workspace', () => {
    const provider = zone('mail.example.net.', '_spf TXT "v=spf1 a:a.example.org a:b.example.org include:_inner.mail.example.net -all"\n_inner TXT "v=spf1 mx mx:x.example.org -all"\n');
    const customer = zone('example.com.', '@ TXT "v=spf1 include:_spf.example.com include:_spf.mail.example.net -all"\n_spf TXT "v=spf1 a exists:%{i}.example.org -all"\n');
    const env = envWith(customer, provider);
    const count = countAt(customer, 'example.com.', env);
    // 1 + 2 (in-zone) + 1 + (2 + 1 + 2) (workspace, nested) = 9
    assert.equal(count.total, 9);
    assert.equal(count.terms[0]!.place, 'zone');
    assert.equal(count.terms[0]!.nested, 2);
    assert.equal(count.terms[1]!.place, 'workspace');
    assert.equal(count.terms[1]!.nested, 5);
  });

  it('reports where the count passes 10', () => {
    const body = '@ TXT "v=spf1 ' + Array.from({ length: 12 }, (_, i) => `include:s${i}.example.net`).join(' ') + ' -all"\n';
    const z = zone('example.com.', body);
    const count = countAt(z, 'example.com.', envWith(z));
    assert.equal(count.total, 12);
    assert.equal(count.overAt, 10);
  });

  it('detects loops across zones without hanging', () => {
    const a = zone('a.example.', '@ TXT "v=spf1 include:b.example -all"\n');
    const b = zone('b.example.', '@ TXT "v=spf1 include:c.b.example -all"\nc TXT "v=spf1 redirect=a.example"\n');
    const env = envWith(a, b);
    const count = countAt(a, 'a.example.', env);
    assert.deepEqual(count.terms[0]!.chain, ['a.example.', 'b.example.', 'c.b.example.', 'a.example.']);
  });

  it('treats delegated, aliased and wildcard-covered targets as outside, and a listed name without SPF as missing', () => {
    const z = zone(
      'example.com.',
      [
        '@ TXT "v=spf1 include:_spf.sub.example.com include:alias.example.com include:x.wild.example.com include:www.example.com include:none.example.com -all"',
        'sub NS ns.example.net.',
        'alias CNAME spf.example.net.',
        '*.wild TXT "v=spf1 -all"',
        'www A 192.0.2.80',
        '',
      ].join('\n'),
    );
    const places = countAt(z, 'example.com.', envWith(z)).terms.map((t) => t.place);
    assert.deepEqual(places, ['outside', 'outside', 'outside', 'missing', 'missing', undefined]);
  });

  it('shares one count between rules (memoized per record)', () => {
    const z = zone('example.com.', '@ TXT "v=spf1 mx -all"\n');
    const env = envWith(z);
    assert.equal(countAt(z, 'example.com.', env), countAt(z, 'example.com.', env));
  });

  it('reports more than 10 lookups through the rule, with the count', () => {
    const body = '$ORIGIN example.com.\n@ TXT "v=spf1 ' + Array.from({ length: 11 }, (_, i) => `a:h${i}.example.net`).join(' ') + ' -all"\n';
    const found = checkDocument({ path: '/z/example.com.zone', text: body, language: 'zone' }).diagnostics.filter((d) => d.rule === 'spf/too-many-lookups');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /11/);
  });
});
