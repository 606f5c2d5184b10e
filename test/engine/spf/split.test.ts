import { strict as assert } from 'node:assert';
import { parseZone } from '../../../server/src/engine/zone/parser';
import { SourceFile } from '../../../server/src/engine/text/source';
import { emptyReader } from '../../../server/src/engine/workspace';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { splitTxtEdits } from '../../../server/src/engine/mail/txt/split';
import { joinPoints, txtPieces } from '../../../server/src/engine/mail/txt/strings';
import { txtKind } from '../../../server/src/engine/mail/txt/kind';
import type { ZoneRecord } from '../../../server/src/engine/zone/model';

function firstTxt(text: string): ZoneRecord {
  const zone = parseZone(new SourceFile('/zones/example.com.zone', text), { reader: emptyReader });
  const record = zone.records.find((r) => r.type === 'TXT');
  assert.ok(record?.txt, 'no TXT record parsed');
  return record;
}

function splitAndReparse(text: string) {
  const before = firstTxt(text);
  const edits = splitTxtEdits(before);
  const fixed = applyEdits(text, edits);
  const after = firstTxt(fixed);
  return { before, after, fixed, edits };
}

const HEAD = '$ORIGIN example.com.\n';
const spfTerms = Array.from({ length: 30 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(' ');

describe('TXT strings: splitting into <=255-octet strings', () => {
  it('splits a long SPF string between terms, keeping the joined value', () => {
    const { before, after, fixed } = splitAndReparse(`${HEAD}@ IN TXT "v=spf1 ${spfTerms} -all"\n`);
    assert.ok(before.txt!.strings[0]!.octets > 255);
    assert.equal(after.txt!.value.value, before.txt!.value.value);
    assert.ok(after.txt!.strings.length >= 2);
    for (const s of after.txt!.strings) assert.ok(s.octets <= 255, `string of ${s.octets} octets`);
    // Every string but the last ends with the space that separates two terms.
    for (const piece of txtPieces(after).slice(0, -1)) assert.equal(after.txt!.value.value[piece.end - 1], ' ');
    assert.doesNotMatch(fixed, /\(/);
  });

  it('lays a long DKIM key out as ( "…" "…" ) on separate lines', () => {
    const key = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + 'A'.repeat(340) + 'IDAQAB';
    const text = `${HEAD}sel._domainkey IN TXT "v=DKIM1; k=rsa; p=${key}"\n`;
    const { before, after, fixed } = splitAndReparse(text);
    assert.equal(after.txt!.value.value, before.txt!.value.value);
    for (const s of after.txt!.strings) assert.ok(s.octets <= 255);
    assert.match(fixed, /IN TXT \( "v=DKIM1; k=rsa; p=[^"]*"\n\s+"[^"]*" \)\n$/);
  });

  it('copies escapes as written and never cuts one', () => {
    const body = 'a\\"b\\\\c\\059d '.repeat(40);
    const { before, after } = splitAndReparse(`${HEAD}@ IN TXT "${body}"\n`);
    assert.equal(after.txt!.value.value, before.txt!.value.value);
    for (const s of after.txt!.strings) assert.ok(s.octets <= 255);
  });

  it('keeps an existing parenthesised layout and only touches strings that are too long', () => {
    const text = `${HEAD}@ IN TXT ( "v=spf1 mx "\n           "${spfTerms} -all" )\n`;
    const { before, after, edits } = splitAndReparse(text);
    assert.equal(edits.length, 1);
    assert.equal(after.txt!.value.value, before.txt!.value.value);
    assert.ok(after.txt!.strings.length >= 3);
    const first = after.txt!.strings[0]!.span;
    assert.equal(after.file.text.slice(first.start, first.end), '"v=spf1 mx "');
  });

  it('offers nothing when every string fits', () => {
    assert.deepEqual(splitTxtEdits(firstTxt(`${HEAD}@ IN TXT "v=spf1 mx -all"\n`)), []);
  });

  it('finds where strings join in the value', () => {
    assert.deepEqual(joinPoints(firstTxt(`${HEAD}@ IN TXT "v=spf1 a" "-all" "" " mx"\n`)), [8, 12]);
  });

  it('classifies TXT values by their version tag', () => {
    assert.equal(txtKind('v=spf1 -all'), 'spf');
    assert.equal(txtKind('v=DKIM1; p=abc'), 'dkim');
    assert.equal(txtKind('v=DMARC1; p=none'), 'dmarc');
    assert.equal(txtKind('v=STSv1; id=1'), 'mta-sts');
    assert.equal(txtKind('v=TLSRPTv1; rua=mailto:a@example.com'), 'tls-rpt');
    assert.equal(txtKind('v=BIMI1; l='), 'bimi');
    assert.equal(txtKind('v=spf10'), 'other');
  });
});
