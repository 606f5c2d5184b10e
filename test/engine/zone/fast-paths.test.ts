import { strict as assert } from 'node:assert';
import { MappedText } from '../../../server/src/engine/text/mapped-text';
import { isValidIPv4, isValidIPv4BySplit, isValidIPv6, isValidIPv6BySplit } from '../../../server/src/engine/zone/rdata/addresses';

// The parser's one-pass checks must say exactly what the split-and-regex forms say.
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
}

describe('zone fast paths', () => {
  it('IPv4 and IPv6 checks agree with the split-and-test forms', () => {
    const rnd = random(7);
    const fixed = ['::', '::1', '1::', ':1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', ':::', '1:::2', '12345::', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '', '0.0.0.0', '01.2.3.4', '255.255.255.255', '256.1.1.1', '1.2.3', '1.2.3.4.', '.1.2.3'];
    for (const s of fixed) {
      assert.equal(isValidIPv4(s), isValidIPv4BySplit(s), s);
      assert.equal(isValidIPv6(s), isValidIPv6BySplit(s), s);
    }
    for (let k = 0; k < 50000; k++) {
      let a = '';
      for (let i = rnd(16); i > 0; i--) a += '0123456789.a '[rnd(13)];
      assert.equal(isValidIPv4(a), isValidIPv4BySplit(a), a);
      let b = '';
      for (let i = rnd(20); i > 0; i--) b += '0af:.1F9g'[rnd(9)];
      assert.equal(isValidIPv6(b), isValidIPv6BySplit(b), b);
      const parts: string[] = [];
      for (let g = 1 + rnd(10); g > 0; g--) {
        let p = '';
        for (let j = rnd(6); j > 0; j--) p += 'a0f9'[rnd(4)];
        parts.push(p);
      }
      const c = parts.join(':');
      assert.equal(isValidIPv6(c), isValidIPv6BySplit(c), c);
    }
  });

  it('a value mapped by runs answers as one mapped character by character', () => {
    const rnd = random(11);
    for (let k = 0; k < 300; k++) {
      // Runs at increasing source offsets with gaps (quotes, blanks between strings).
      const runs: number[] = [];
      const offsets: number[] = [];
      let value = '';
      let source = rnd(20);
      for (let r = rnd(4); r >= 0; r--) {
        const length = 1 + rnd(6);
        runs.push(value.length, source);
        for (let i = 0; i < length; i++) {
          offsets.push(source + i);
          value += String.fromCharCode(97 + rnd(26));
        }
        source += length + 1 + rnd(5);
      }
      const end = offsets[offsets.length - 1]! + 1;
      const byRuns = MappedText.fromRuns(value, runs, end);
      const byChars = new MappedText(value, [...offsets, end]);
      for (let i = -1; i <= value.length + 1; i++) assert.equal(byRuns.sourceOffset(i), byChars.sourceOffset(i));
      for (let s = 0; s <= value.length; s++) {
        for (let e = s; e <= value.length + 1; e++) assert.deepEqual(byRuns.toSource(s, e), byChars.toSource(s, e));
      }
      for (let o = 0; o <= end + 2; o++) assert.equal(byRuns.fromSource(o), byChars.fromSource(o), `offset ${o}`);
      const s = rnd(value.length + 1);
      const e = s + rnd(value.length + 1 - s);
      const a = byRuns.slice(s, e);
      const b = byChars.slice(s, e);
      for (let i = 0; i <= a.length; i++) assert.equal(a.sourceOffset(i), b.sourceOffset(i));
    }
    const empty = MappedText.contiguous('', 5);
    assert.equal(empty.sourceOffset(0), 5);
    assert.deepEqual(empty.toSource(0, 0), { start: 5, end: 5 });
    assert.equal(empty.fromSource(5), -1);
    const plain = MappedText.contiguous('abc', 10);
    assert.deepEqual(plain.toSource(1, 3), { start: 11, end: 13 });
    assert.equal(plain.fromSource(13), 3);
    assert.equal(plain.fromSource(14), -1);
  });
});
