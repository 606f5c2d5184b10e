import { strict as assert } from 'node:assert';
import { parseZone } from '../../../server/src/engine/zone/parser';
import { SourceFile } from '../../../server/src/engine/text/source';
import type { FileReader } from '../../../server/src/engine/workspace';
import type { Zone } from '../../../server/src/engine/zone/model';

function parse(text: string, files: Record<string, string> = {}, path = '/zones/example.com.zone'): Zone {
  const reader: FileReader = { readText: (p) => files[p] };
  return parseZone(new SourceFile(path, text), { reader });
}

function slice(zone: Zone, span: { start: number; end: number }, file = zone.file): string {
  return file.text.slice(span.start, span.end);
}

function problems(zone: Zone): string[] {
  return zone.problems.map((p) => `${p.rule}${p.messageId ? ':' + p.messageId : ''} ${slice(zone, p.span, p.file)}`);
}

describe('zone parser', () => {
  it('resolves owners, @, relative names and inheritance', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 300\n@ IN A 192.0.2.1\n  IN AAAA 2001:db8::1\nwww IN CNAME @\nmx.other.org. IN A 192.0.2.2\n');
    assert.deepEqual(
      zone.records.map((r) => [r.owner.fqdn, r.type, r.ownerInherited]),
      [
        ['example.com.', 'A', false],
        ['example.com.', 'AAAA', true],
        ['www.example.com.', 'CNAME', false],
        ['mx.other.org.', 'A', false],
      ],
    );
    assert.deepEqual(problems(zone), []);
  });

  it('accepts TTL and class in either order, TTL units and lower-case keywords', () => {
    const zone = parse('$ORIGIN example.com.\na 1h30m in a 192.0.2.1\nb IN 2W A 192.0.2.2\nc in 1d txt "x"\n');
    assert.deepEqual(zone.records.map((r) => [r.ttl, r.rrclass, r.type]), [
      [5400, 'IN', 'A'],
      [1209600, 'IN', 'A'],
      [86400, 'IN', 'TXT'],
    ]);
  });

  it('places the owner, TTL and class of every record: written, inherited, in either order, over parentheses, generated', () => {
    const text = '$ORIGIN example.com.\na 1h30m in a 192.0.2.1\n  IN 2W A 192.0.2.2\nc ( in\n 1d ) txt "x"\n\tA 192.0.2.3\n$GENERATE 1-2 h$ 300 IN A 192.0.2.$\n';
    const zone = parse(text);
    const place = (span: { start: number; end: number } | undefined) => (span ? `${slice(zone, span)}@${span.start}` : '-');
    assert.deepEqual(
      zone.records.map((r) => [place(r.ownerSpan), place(r.ttlSpan), place(r.classSpan), place(r.typeSpan)]),
      [
        ['a@21', '1h30m@23', 'in@29', 'a@32'],
        ['@46', '2W@49', 'IN@46', 'A@52'],
        ['c@64', '1d@72', 'in@68', 'txt@77'],
        ['@86', '-', '-', 'A@86'],
        ['h$@112', '300@115', 'IN@119', 'A@122'],
        ['h$@112', '300@115', 'IN@119', 'A@122'],
      ],
    );
  });

  it('reports a TTL above 2^31-1 and a bad TTL on the token', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\na 2147483648 IN A 192.0.2.1\nb 10x IN A 192.0.2.1\n');
    assert.deepEqual(problems(zone), ['zone/syntax:ttl-too-large 2147483648', 'zone/syntax:bad-ttl 10x']);
  });

  it('keeps the span of every rdata field, across parentheses and comments', () => {
    const text = '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns1 host (\n  2026112301 ; serial\n  7200 3600 1209600 300 )\n';
    const zone = parse(text);
    const soa = zone.records[0]!;
    assert.deepEqual(soa.rdata.map((f) => slice(zone, f.span)), ['ns1', 'host', '2026112301', '7200', '3600', '1209600', '300']);
    assert.equal(slice(zone, soa.span), 'ns1'.length > 0 ? text.slice(text.indexOf('@'), text.lastIndexOf(')') + 1) : '');
    assert.equal(soa.typed?.type, 'SOA');
    assert.equal(zone.comments[0]?.text, ' serial');
  });

  it('maps a multi-string, multi-line TXT value back to the source', () => {
    const text = '$ORIGIN example.com.\n$TTL 60\n@ IN TXT ( "v=spf1 a"\n   " inlcude:x.org -all" )\n';
    const zone = parse(text);
    const txt = zone.records[0]!.txt!;
    assert.equal(txt.value.value, 'v=spf1 a inlcude:x.org -all');
    const at = txt.value.value.indexOf('inlcude');
    const span = txt.value.toSource(at, at + 'inlcude:x.org'.length);
    assert.equal(text.slice(span.start, span.end), 'inlcude:x.org');
    assert.deepEqual(txt.strings.map((s) => s.octets), [8, 19]);
  });

  it('decodes escapes in TXT and counts octets after unescaping', () => {
    const text = '$ORIGIN example.com.\n$TTL 60\n@ IN TXT "a\\"b\\092c\\059"\n';
    const zone = parse(text);
    const txt = zone.records[0]!.txt!;
    assert.equal(txt.value.value, 'a"b\\c;');
    assert.equal(txt.strings[0]!.octets, 6);
    const span = txt.value.toSource(3, 4);
    assert.equal(text.slice(span.start, span.end), '\\092');
  });

  it('reports a character-string over 255 octets on that string', () => {
    const long = 'x'.repeat(256);
    const zone = parse(`$ORIGIN example.com.\n$TTL 60\n@ IN TXT "ok" "${long}"\n`);
    assert.deepEqual(problems(zone), [`zone/txt-string-too-long "${long}"`]);
  });

  it('reports an unclosed parenthesis at the ( and does not swallow the next record', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\na IN TXT ( "x"\nb IN A 192.0.2.1\nc IN A 192.0.2.2\n');
    assert.deepEqual(problems(zone), ['zone/unclosed-paren (']);
    assert.deepEqual(zone.records.map((r) => r.owner.fqdn), ['a.example.com.', 'b.example.com.', 'c.example.com.']);
  });

  it('reports every error in the file, not the first one', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\na IN A 300.1.1.1\nb IN MX x mail\nc IN FOO bar\nd IN AAAA 2001:db8::g\n');
    assert.deepEqual(problems(zone), [
      'zone/bad-rdata:address-v4 300.1.1.1',
      'zone/bad-rdata x',
      'zone/syntax:unknown-type FOO',
      'zone/bad-rdata:address-v6 2001:db8::g',
    ]);
  });

  it('handles CRLF line endings', () => {
    const zone = parse('$ORIGIN example.com.\r\n$TTL 60\r\na IN A 192.0.2.1\r\n  IN TXT "x"\r\n');
    assert.deepEqual(zone.records.map((r) => [r.owner.fqdn, r.type]), [['a.example.com.', 'A'], ['a.example.com.', 'TXT']]);
    assert.deepEqual(problems(zone), []);
  });

  it('accepts RFC 3597 generic types and data and checks the length', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\na IN TYPE65400 \\# 2 abcd\nb IN A \\# 4 C0000201\nc IN TYPE65400 \\# 3 abcd\n');
    assert.equal(zone.records[0]!.typed?.type, 'GENERIC');
    assert.equal(zone.records[1]!.typed?.type, 'GENERIC');
    assert.deepEqual(problems(zone), ['zone/syntax:bad-generic abcd']);
  });

  it('checks label and name lengths and empty labels', () => {
    const label = 'a'.repeat(64);
    const zone = parse(`$ORIGIN example.com.\n$TTL 60\n${label} IN A 192.0.2.1\nx..y IN A 192.0.2.1\n`);
    assert.deepEqual(problems(zone), [`zone/label-too-long ${label}`, 'zone/empty-label x..y']);
  });

  it('resolves $INCLUDE relative to the including file and restores origin and owner after it', () => {
    const files = { '/zones/inc/mail.inc': 'mail IN A 192.0.2.9\n' };
    const zone = parse('$ORIGIN example.com.\n$TTL 60\nwww IN A 192.0.2.1\n$INCLUDE inc/mail.inc sub.example.com.\n  IN AAAA 2001:db8::1\nafter IN A 192.0.2.2\n', files);
    assert.deepEqual(zone.records.map((r) => [r.owner.fqdn, r.file.path]), [
      ['www.example.com.', '/zones/example.com.zone'],
      ['mail.sub.example.com.', '/zones/inc/mail.inc'],
      ['www.example.com.', '/zones/example.com.zone'],
      ['after.example.com.', '/zones/example.com.zone'],
    ]);
    assert.equal(zone.files.length, 2);
  });

  it('reports a missing include at the path, a cycle, and bounds the depth', () => {
    const missing = parse('$ORIGIN example.com.\n$INCLUDE nothere.inc\n');
    assert.deepEqual(problems(missing), ['zone/include-missing nothere.inc']);
    const files = { '/zones/a.inc': '$INCLUDE b.inc\n', '/zones/b.inc': '$INCLUDE a.inc\n' };
    const cycle = parse('$INCLUDE a.inc\n', files);
    assert.deepEqual(cycle.problems.map((p) => p.rule), ['zone/include-cycle']);
    const deep: Record<string, string> = {};
    for (let i = 0; i < 40; i++) deep[`/zones/d${i}.inc`] = `$INCLUDE d${i + 1}.inc\n`;
    const tooDeep = parse('$INCLUDE d0.inc\n', deep);
    assert.deepEqual(tooDeep.problems.map((p) => p.rule), ['zone/include-depth']);
  });

  it('expands $GENERATE with offsets, widths and bases', () => {
    const zone = parse('$ORIGIN 2.0.192.in-addr.arpa.\n$TTL 60\n$GENERATE 1-3 ${0,3,d} PTR host-${10,2,x}.example.com.\n');
    assert.deepEqual(
      zone.records.map((r) => [r.owner.fqdn, r.rdata[0]!.text]),
      [
        ['001.2.0.192.in-addr.arpa.', 'host-0b.example.com.'],
        ['002.2.0.192.in-addr.arpa.', 'host-0c.example.com.'],
        ['003.2.0.192.in-addr.arpa.', 'host-0d.example.com.'],
      ],
    );
  });

  it('reports unquoted TXT whose ; turned the rest of the line into a comment', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\n_dmarc IN TXT v=DMARC1;p=none\nok IN TXT "v=DMARC1;p=none" ; fine\n');
    assert.deepEqual(problems(zone), ['zone/txt-unquoted-semicolon v=DMARC1;p=none']);
  });

  it('reports a missing SOA field on the record and keeps going', () => {
    const zone = parse('$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns1 host 1 2 3\nwww IN A 192.0.2.1\n');
    assert.deepEqual(zone.problems.map((p) => p.rule + ':' + p.messageId), ['zone/syntax:missing-rdata']);
    assert.equal(zone.records.length, 2);
  });

  it('guesses the origin from the file name when there is no $ORIGIN', () => {
    const zone = parse('$TTL 60\n@ IN A 192.0.2.1\n', {}, '/zones/db.example.org');
    assert.equal(zone.records[0]!.owner.fqdn, 'example.org.');
    assert.equal(zone.originKnown, false);
  });

  it('reports no TTL once, and a missing final newline', () => {
    const zone = parse('$ORIGIN example.com.\n@ IN A 192.0.2.1\nb IN A 192.0.2.2');
    assert.deepEqual(zone.problems.map((p) => p.rule), ['zone/no-ttl', 'zone/no-final-newline']);
  });

  it('reports no-ttl on an SOA without TTL as a warning (BIND uses its minimum), on another record as an error', () => {
    const soa = parse('$ORIGIN example.com.\n@ IN SOA ns1 host 1 7200 3600 1209600 300\n');
    assert.deepEqual(soa.problems.map((p) => [p.rule, p.severity]), [['zone/no-ttl', 'warning']]);
    const a = parse('$ORIGIN example.com.\nwww IN A 192.0.2.1\n');
    assert.deepEqual(a.problems.map((p) => [p.rule, p.severity]), [['zone/no-ttl', undefined]]);
  });

  it('never throws on arbitrary junk', () => {
    for (const junk of ['(((', ')))', '"unterminated', '$', '$INCLUDE', '\\', 'a\\', '@ IN', '@ IN MX', '\u0000\u0001', '$GENERATE 5-1 a A 1.2.3.4']) {
      assert.doesNotThrow(() => parse(junk));
    }
  });
});
