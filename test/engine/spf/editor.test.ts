import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { Analysis } from '../../../server/src/engine/service';

const ZONE = `$ORIGIN example.com.
@ IN TXT ( "v=spf1 mx include:spf.qiye.aliyun.com include:_spf.example.com "
           "ip4:192.0.2.0/24 a/24//64 -all" )
_spf IN TXT "v=spf1 a:a.example.net a:b.example.net -all"
x IN TXT "v=spf1 include:_spf.aliyun.com ~all"
`;

function hoverText(text: string, line: number, character: number, locale = 'en'): string | undefined {
  const analysis = new Analysis({ path: '/zones/example.com.zone', text, language: 'zone' }, { settings: { locale } });
  const hover = analysis.hover({ line, character });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

function completionLabels(text: string, line: number, character: number): string[] {
  const analysis = new Analysis({ path: '/zones/example.com.zone', text, language: 'zone' });
  return analysis.complete({ line, character }).map((item) => item.label);
}

describe('SPF hover', () => {
  it('explains a mechanism with its section and lookup cost', () => {
    const text = hoverText(ZONE, 1, 20)!;
    assert.match(text, /`mx`/);
    assert.match(text, /MX hosts of `example\.com`/);
    assert.match(text, /RFC 7208 §5\.4/);
    assert.match(text, /1 DNS lookup/);
  });

  it('names the provider of a documented include and says it is counted as 1 lookup outside the workspace', () => {
    const text = hoverText(ZONE, 1, 30)!;
    assert.match(text, /Provider: Alibaba Mail/);
    assert.match(text, /not in the workspace: counted as 1 DNS lookup/);
  });

  it('follows an include into the zone and shows the nested lookups', () => {
    assert.match(hoverText(ZONE, 1, 60)!, /plus 2 in the record of `_spf\.example\.com` in this zone/);
  });

  it('points at the term on a continuation line and reads dual CIDR', () => {
    const text = hoverText(ZONE, 2, 30)!;
    assert.match(text, /first 24 bits of IPv4 and 64 bits of IPv6/);
  });

  it('warns that an include name only articles attribute to a provider is undocumented', () => {
    assert.match(hoverText(ZONE, 4, 20)!, /does not document it.*include:spf\.qiye\.aliyun\.com/);
  });

  it('summarizes the whole record on the version: lookups, who may send, everyone else', () => {
    const text = hoverText(ZONE, 1, 12)!;
    assert.match(text, /DNS lookups: \*\*6\*\* of 10/);
    assert.match(text, /May send mail: the mail servers \(MX\) of `example\.com`; Alibaba Mail/);
    assert.match(text, /`192\.0\.2\.0\/24`/);
    assert.match(text, /Everyone else: \*\*fail\*\*/);
  });

  it('speaks Simplified Chinese when asked', () => {
    assert.match(hoverText(ZONE, 1, 12, 'zh-cn')!, /SPF 记录/);
  });

  it('says nothing outside SPF records', () => {
    assert.doesNotMatch(hoverText(ZONE, 0, 3) ?? '', /SPF/, 'a directive gets its own hover, not an SPF one');
    assert.equal(hoverText('$ORIGIN example.com.\n@ IN TXT "google-site-verification=x"\n', 1, 14), undefined);
  });
});

describe('SPF completion', () => {
  it('offers mechanisms, all, modifiers and provider includes after the version', () => {
    const text = '$ORIGIN example.com.\n@ IN TXT "v=spf1 mx "\n';
    const labels = completionLabels(text, 1, 19);
    for (const expected of ['include:', 'a', 'ip4:', 'ip6:', '~all', '-all', 'redirect=', 'include:spf.qiye.aliyun.com', 'include:_spf.google.com']) {
      assert.ok(labels.includes(expected), `missing ${expected} in ${labels.join(', ')}`);
    }
  });

  it('keeps a typed qualifier and leaves out what the record already has', () => {
    const text = '$ORIGIN example.com.\n@ IN TXT "v=spf1 include:_spf.google.com -all -"\n';
    const labels = completionLabels(text, 1, 47);
    assert.ok(labels.includes('-include:'));
    assert.ok(!labels.some((l) => l.endsWith('all')), labels.join(', '));
    assert.ok(!labels.includes('-include:_spf.google.com'));
    assert.ok(!labels.includes('redirect='));
  });

  it('works while the closing quote is still missing', () => {
    const labels = completionLabels('$ORIGIN example.com.\n@ IN TXT "v=spf1 in', 1, 19);
    assert.ok(labels.includes('include:'));
  });

  it('offers the version at the start of an empty TXT value, and nothing in other TXT values', () => {
    assert.deepEqual(completionLabels('$ORIGIN example.com.\n@ IN TXT "v"\n', 1, 11).filter((l) => l.startsWith('v=spf')), ['v=spf1']);
    assert.deepEqual(completionLabels('$ORIGIN example.com.\n@ IN TXT "hello world "\n', 1, 22).filter((l) => l.includes('include')), []);
  });
});
