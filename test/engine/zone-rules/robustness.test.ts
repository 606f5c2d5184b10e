import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lintZone } from './lint-zone';

/** Pieces of zone text that exercise the rules' lookups: aliases, targets, SOA fields, owners, classes. */
const OWNERS = ['@', 'www', 'www.example.com', 'ns1', 'a.b', '*', '*.hosts', 'other.example.org.', '', 'xn--d', '\\046x'];
const RECORDS = [
  'IN SOA ns1 hostmaster 2026112301 7200 3600 1209600 3600',
  'SOA ns1 hostmaster 2099023101 0 0 0 4294967295',
  'SOA ns1 hostmaster ( 1 2',
  'IN NS ns1',
  'NS www',
  'NS .',
  'CNAME www',
  'CNAME ns1.example.com',
  'CNAME .',
  'MX 10 www',
  'MX 0 .',
  'SRV 0 0 25 www',
  'SRV 0 0 0 .',
  'A 192.0.2.1',
  'CH A 192.0.2.1',
  '300 IN A 192.0.2.1',
  'AAAA 2001:db8::1',
  'AAAA 2001:db8:0::1',
  'TXT "x" "y"',
  'TXT v=spf1; -all',
  'TXT ( "a"',
  ')',
  'TYPE65280 \\# 2 0102',
  'RRSIG A 8 2 3600 20260101000000 20250101000000 1 example.com. AAAA',
];
const DIRECTIVES = ['$ORIGIN example.com.', '$ORIGIN sub', '$TTL 1h', '$TTL x', '$INCLUDE missing.zone', '$GENERATE 1-3 h$ A 192.0.2.$'];

const line = fc.oneof(
  fc.tuple(fc.constantFrom(...OWNERS), fc.constantFrom(...RECORDS)).map(([owner, record]) => `${owner}\t${record}`),
  fc.constantFrom(...DIRECTIVES),
  fc.string({ maxLength: 30 }),
);

describe('zone rules on arbitrary input', () => {
  it('never throw (no core/internal-error) and always finish', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const diagnostics = lintZone(lines.join(eol));
        const internal = diagnostics.filter((d) => d.rule === 'core/internal-error');
        assert.deepEqual(internal.map((d) => d.message), []);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });
});
