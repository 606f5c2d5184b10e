import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { characterStringOctets, splitCharacterString } from '../../../server/src/engine/rules/zone/txt-split';
import { normalizeIpv6 } from '../../../server/src/engine/rules/zone/ipv6';

/** Presentation text of a character-string: plain ASCII, escapes (`\DDD`, `\"`, `\\`), CJK and emoji. */
const unit = fc.oneof(
  fc.constantFrom('a', 'Z', '0', ' ', ';', '=', '+', '/'),
  fc.integer({ min: 0, max: 255 }).map((n) => `\\${String(n).padStart(3, '0')}`),
  fc.constantFrom('\\"', '\\\\', '\\;'),
  fc.constantFrom('阿', '里', '邮', '箱', 'é', '😀'),
);
const content = fc.array(unit, { maxLength: 700 }).map((units) => units.join(''));

describe('splitting a TXT character-string', () => {
  it('keeps the text, fills pieces up to 255 octets and never cuts an escape or a character', () => {
    fc.assert(
      fc.property(content, (text) => {
        const pieces = splitCharacterString(text);
        assert.equal(pieces.join(''), text);
        assert.equal(pieces.reduce((sum, p) => sum + characterStringOctets(p), 0), characterStringOctets(text));
        for (const piece of pieces) {
          assert.ok(characterStringOctets(piece) <= 255, `${characterStringOctets(piece)} octets`);
          assert.ok(!/(^|[^\\])(\\\\)*\\$/.test(piece), 'a piece ends inside an escape');
          assert.ok(!/[\ud800-\udbff]$/.test(piece), 'a piece ends inside a surrogate pair');
        }
        // Only the last piece may be short: each cut happens because the next unit would not fit.
        for (const piece of pieces.slice(0, -1)) assert.ok(characterStringOctets(piece) > 255 - 4);
      }),
      { numRuns: 300, seed: 7208 },
    );
  });

  it('counts escapes as one octet and UTF-8 by its bytes', () => {
    assert.equal(characterStringOctets('\\065\\"a'), 3);
    assert.equal(characterStringOctets('阿里'), 6);
    assert.equal(characterStringOctets('😀'), 4);
  });

  it('leaves a string that fits alone', () => {
    assert.deepEqual(splitCharacterString('x'.repeat(255)), ['x'.repeat(255)]);
    assert.deepEqual(splitCharacterString('x'.repeat(256)), ['x'.repeat(255), 'x']);
  });
});

describe('IPv6 spelling used to compare records', () => {
  it('gives equal addresses one spelling', () => {
    assert.equal(normalizeIpv6('2001:DB8:0:0::1'), normalizeIpv6('2001:db8::1'));
    assert.equal(normalizeIpv6('::ffff:192.0.2.1'), normalizeIpv6('::ffff:c000:201'));
    assert.equal(normalizeIpv6('::'), '0:0:0:0:0:0:0:0');
  });

  it('keeps different addresses apart and invalid text as is', () => {
    assert.notEqual(normalizeIpv6('2001:db8::1'), normalizeIpv6('2001:db8::2'));
    assert.equal(normalizeIpv6('1::2::3'), '1::2::3');
    assert.equal(normalizeIpv6('2001:db8::g'), '2001:db8::g');
  });
});
