import { strict as assert } from 'node:assert';
import { parseSpf, isSpfValue } from '../../../server/src/engine/mail/spf/parse';
import type { SpfProblem } from '../../../server/src/engine/mail/spf/ast';

/** [record, expected problems as `code:messageId@text`] — `text` is the value slice the problem covers. */
type Case = [string, string[]];

function problemsOf(record: string): string[] {
  const parsed = parseSpf(record);
  assert.ok(parsed, `not recognised as SPF: ${record}`);
  return parsed.problems.map((p: SpfProblem) => `${p.code}:${p.messageId}@${record.slice(p.range.start, p.range.end)}`);
}

// Records every receiver accepts (RFC 7208 grammar), several mirroring the open-spf test suite's passing cases.
const valid: string[] = [
  'v=spf1',
  'v=spf1 ',
  'v=spf1 -all',
  'v=spf1 all -all',
  'V=SPF1 MX -ALL',
  'v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all',
  'v=spf1   a   mx    ~all  ',
  'v=spf1 a/24 mx//64 a:mail.example.com/24//64 mx:example.org//0 -all',
  'v=spf1 a//0 a/0 a/32 a//128 -all',
  'v=spf1 ip4:192.0.2.0/24 ip4:0.0.0.0/0 ip4:255.255.255.255/32 -all',
  'v=spf1 ip6:2001:db8::/32 ip6:::1 ip6:::ffff:192.0.2.1 ip6:fe80::1/128 ip6:1:2:3:4:5:6:7:8 -all',
  'v=spf1 include:_spf.google.com include:spf.qiye.aliyun.com ~all',
  'v=spf1 exists:%{i}._spf.%{d} -all',
  'v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d2} -all',
  'v=spf1 include:%{d} -all',
  'v=spf1 a:foo-bar.example.c0m -all',
  'v=spf1 a:example.xn--p1ai -all',
  'v=spf1 a:example.com. -all',
  'v=spf1 redirect=_spf.example.com',
  'v=spf1 -all exp=explain._spf.%{d}',
  'v=spf1 ptr ptr:example.com -all',
  'v=spf1 ?all',
  'v=spf1 +all',
  'v=spf1 -include:bad.example.com -all',
  'v=spf1 foo=%% bar=%_%-%{v} -all',
  'v=spf1 ip4:1.2.3.4 -all moo=bar',
];

const invalid: Case[] = [
  ['v=spf1 ip4:1.2.3.4 -all moo', ['unknown-mechanism:default@moo']],
  ['v=spf1 a:museum', ['bad-domain-spec:singleLabel@museum']],
  ['v=spf1 -all.', ['syntax:allArgument@.']],
  ['v=spf1 -all:foo', ['syntax:allArgument@:foo']],
  ['v=spf1 -all/8', ['syntax:allArgument@/8']],
  ['v=spf1 a/33 -all', ['bad-cidr:outOfRange@/33']],
  ['v=spf1 a//129 -all', ['bad-cidr:outOfRange@/129']],
  ['v=spf1 a/24/64 -all', ['bad-cidr:singleSlashIp6@/64']],
  ['v=spf1 ip4:1.2.3.4/032 -all', ['bad-cidr:leadingZero@/032']],
  ['v=spf1 ip4:1.2.3.4/33 -all', ['bad-cidr:outOfRange@/33']],
  ['v=spf1 ip6:::1/129 -all', ['bad-cidr:outOfRange@/129']],
  ['v=spf1 a/ -all', ['bad-cidr:empty@/']],
  ['v=spf1 mx/2x -all', ['bad-cidr:notNumber@/2x']],
  ['v=spf1 ip4:1.2.3.4//24 -all', ['bad-cidr:dualOnNetwork@//24']],
  ['v=spf1 include: -all', ['bad-domain-spec:missing@include:']],
  ['v=spf1 include -all', ['bad-domain-spec:missing@include']],
  ['v=spf1 exists -all', ['bad-domain-spec:missing@exists']],
  ['v=spf1 a: -all', ['bad-domain-spec:missing@:']],
  ['v=spf1 redirect=', ['bad-domain-spec:missing@redirect=']],
  ['v=spf1 a:1.2.3.4 -all', ['bad-domain-spec:ipAddress@1.2.3.4']],
  ['v=spf1 a:example.123 -all', ['bad-domain-spec:numericTop@123']],
  ['v=spf1 a:example.-com -all', ['bad-domain-spec:badTop@-com']],
  ['v=spf1 a:example..com -all', ['bad-domain-spec:emptyLabel@.']],
  ['v=spf1 ip4:1.2.3 -all', ['bad-ip:default@1.2.3']],
  ['v=spf1 ip4:1.2.3.256 -all', ['bad-ip:default@1.2.3.256']],
  ['v=spf1 ip4:01.2.3.4 -all', ['bad-ip:default@01.2.3.4']],
  ['v=spf1 ip4:2001:db8::1 -all', ['bad-ip:wrongFamily@2001:db8::1']],
  ['v=spf1 ip6:192.0.2.1 -all', ['bad-ip:wrongFamily@192.0.2.1']],
  ['v=spf1 ip6:1::2::3 -all', ['bad-ip:default@1::2::3']],
  ['v=spf1 ip4 -all', ['bad-ip:missing@ip4']],
  ['v=spf1 ip4: -all', ['bad-ip:missing@ip4:']],
  ['v=spf1 inlcude:_spf.google.com -all', ['unknown-mechanism:didYouMean@inlcude:_spf.google.com']],
  ['v=spf1 ip:192.0.2.1 -all', ['unknown-mechanism:didYouMean@ip:192.0.2.1']],
  ['v=spf1 192.0.2.1 -all', ['unknown-mechanism:bareAddress@192.0.2.1']],
  ['v=spf1 redirect:_spf.example.com', ['unknown-mechanism:didYouMean@redirect:_spf.example.com']],
  ['v=spf1 a-all', ['syntax:unexpectedAfterName@-all']],
  ['v=spf1 ptr/24 -all', ['syntax:noCidr@/24']],
  ['v=spf1 -redirect=x.example.com', ['syntax:qualifiedModifier@-']],
  ['v=spf1 - -all', ['syntax:loneQualifier@-']],
  ['v=spf1 =foo -all', ['syntax:notATerm@=foo']],
  ['v=spf1 a\t-all', ['syntax:badSeparator@\t']],
  ['v=spf1 exists:%{x}.example.com -all', ['macro:unknownLetter@%{x}']],
  ['v=spf1 exists:%{d0}.example.com -all', ['macro:zeroDigits@%{d0}']],
  ['v=spf1 exists:%{d2*}.example.com -all', ['macro:badTransformer@%{d2*}']],
  ['v=spf1 exists:%{d.example.com -all', ['macro:unclosed@%{d.example.com']],
  ['v=spf1 exists:%x.example.com -all', ['macro:badEscape@%x']],
  ['v=spf1 foo=bar% -all', ['macro:lonePercent@%']],
  ['v=spf1 exists:%{c}.example.com -all', ['exp-only-macro:default@%{c}']],
  ['v=spf1 -all exp=%{r}.example.com', ['exp-only-macro:default@%{r}']],
  // Several mistakes in one record are all reported, including the ones after `all`.
  ['v=spf1 inlcude:a.example a/33 -all ip4:1.2.3.999', ['unknown-mechanism:didYouMean@inlcude:a.example', 'bad-cidr:outOfRange@/33', 'bad-ip:default@1.2.3.999']],
];

describe('SPF grammar (RFC 7208 §4.6, §5, §6, §7)', () => {
  for (const record of valid) {
    it(`accepts ${JSON.stringify(record)}`, () => assert.deepEqual(problemsOf(record), []));
  }
  for (const [record, expected] of invalid) {
    it(`rejects ${JSON.stringify(record)}`, () => assert.deepEqual(problemsOf(record), expected));
  }

  it('recognises SPF records only by an exact version section', () => {
    assert.equal(isSpfValue('v=spf1'), true);
    assert.equal(isSpfValue('v=spf1 -all'), true);
    assert.equal(isSpfValue('v=spf10 -all'), false);
    assert.equal(isSpfValue('v=spf1-all'), false);
    assert.equal(isSpfValue(' v=spf1 -all'), false);
    assert.equal(isSpfValue('v=DKIM1; p=abc'), false);
    assert.equal(parseSpf('spf2.0/pra -all'), undefined);
  });

  it('gives each term its parts and ranges', () => {
    const parsed = parseSpf('v=spf1 -a:mail.example.com/24//64 ip6:2001:db8::/32 redirect=_spf.example.com')!;
    const [a, ip6, redirect] = parsed.terms;
    assert.ok(a && a.kind === 'mechanism');
    assert.equal(a.qualifier?.text, '-');
    assert.equal(a.known, 'a');
    assert.equal(a.domain?.text, 'mail.example.com');
    assert.deepEqual(a.domain?.range, { start: 10, end: 26 });
    assert.equal(a.cidr4?.value, 24);
    assert.equal(a.cidr6?.value, 64);
    assert.ok(ip6 && ip6.kind === 'mechanism');
    assert.equal(ip6.address?.text, '2001:db8::');
    assert.equal(ip6.cidr6?.value, 32);
    assert.ok(redirect && redirect.kind === 'modifier');
    assert.equal(redirect.known, 'redirect');
    assert.equal(redirect.value.text, '_spf.example.com');
  });

  it('offers the likely replacement for a mistyped mechanism', () => {
    const cases: Array<[string, string]> = [
      ['v=spf1 inlcude:x.example -all', 'v=spf1 include:x.example -all'],
      ['v=spf1 ip:2001:db8::1 -all', 'v=spf1 ip6:2001:db8::1 -all'],
      ['v=spf1 ipv4:192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all'],
      ['v=spf1 192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all'],
      ['v=spf1 redirect:x.example', 'v=spf1 redirect=x.example'],
      ['v=spf1 ip4:2001:db8::1 -all', 'v=spf1 ip6:2001:db8::1 -all'],
      ['v=spf1 a:192.0.2.1 -all', 'v=spf1 ip4:192.0.2.1 -all'],
      ['v=spf1 a/24/64 -all', 'v=spf1 a/24//64 -all'],
      ['v=spf1 exsits:%{i}.x.example -all', 'v=spf1 exists:%{i}.x.example -all'],
    ];
    for (const [record, fixed] of cases) {
      const problem = parseSpf(record)!.problems[0]!;
      const s = problem.suggestion;
      assert.ok(s, `no suggestion for ${record}`);
      assert.equal(record.slice(0, s.range.start) + s.text + record.slice(s.range.end), fixed);
    }
  });

  it('never throws on arbitrary input', () => {
    const alphabet = 'v=spf1 :/%{}.-+~?aimxp46l0123456789\t"\\é';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = 'v=spf1 ';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const parsed = parseSpf(text)!;
      for (const p of parsed.problems) assert.ok(p.range.start >= 0 && p.range.end <= text.length && p.range.start <= p.range.end, text);
    }
  });
});
