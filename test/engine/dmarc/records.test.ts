import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../server/src/engine/service';

const HEAD = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1.example.net. h 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\n';

/** The DMARC rule ids (sorted, with severities) a single `_dmarc` record draws. */
function dmarcFindings(value: string): string[] {
  const text = `${HEAD}_dmarc IN TXT "${value}"\n`;
  return checkDocument({ path: '/z/example.com.zone', text, language: 'zone' })
    .diagnostics.filter((d) => d.rule.startsWith('dmarc/'))
    .map((d) => `${d.severity} ${d.rule}`)
    .sort();
}

// Each row: a record as written, and what MailZone must say about it (nothing for the records that are fine).
const TABLE: Array<[string, string[]]> = [
  ['v=DMARC1; p=reject; rua=mailto:d@example.com', []],
  ['v=DMARC1; p=none; rua=mailto:d@example.com; ruf=mailto:f@example.com; fo=1:d:s', []],
  ['v=DMARC1;p=quarantine;sp=reject;np=reject;adkim=s;aspf=s;t=y;psd=n', []],
  ['v=DMARC1; p=Reject', []],
  ['v=DMARC1; p=reject; future=1', []],
  ['v=DMARC1; p=none', ['info dmarc/no-reports']],
  ['v=DMARC1; rua=mailto:d@example.com', ['warning dmarc/missing-policy']],
  ['v=DMARC1', ['warning dmarc/missing-policy']],
  ['p=reject; v=DMARC1', ['error dmarc/version-not-first']],
  ['v=DMARC1 p=reject', ['error dmarc/version-not-first']],
  ['V=DMARC1; p=reject', ['error dmarc/version-not-first']],
  ['p=reject; rua=mailto:d@example.com', ['error dmarc/version-not-first']],
  ['v=DMARC1; p=reject; p=none', ['error dmarc/tag-syntax']],
  ['v=DMARC1; p=reject; adkim=x; fo=2', ['error dmarc/invalid-tag-value', 'error dmarc/invalid-tag-value']],
  ['v=DMARC1; p=reject; rua=d@example.com', ['error dmarc/report-uri']],
  ['v=DMARC1; p=reject; rua=mailto:d@example.com!50k', ['info dmarc/report-uri']],
  ['v=DMARC1; p=reject; rua=https://r.example.com/', ['warning dmarc/report-uri']],
  ['v=DMARC1; p=reject; pct=100; rf=afrf; ri=86400', ['warning dmarc/removed-tag', 'warning dmarc/removed-tag', 'warning dmarc/removed-tag']],
];

describe('DMARC records, table-driven', () => {
  for (const [value, expected] of TABLE) {
    it(`${value} → ${expected.length === 0 ? 'nothing' : expected.join(', ')}`, () => assert.deepEqual(dmarcFindings(value), expected));
  }

  it('ignores other TXT records at _dmarc', () => {
    assert.deepEqual(dmarcFindings('some-verification=abc'), []);
  });
});
