import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../server/src/engine/fixes/index';
import { Analysis } from '../../server/src/engine/service';
import { singleZoneWorkspace, type FileReader } from '../../server/src/engine/workspace';
import { zoneDefinition } from '../../server/src/engine/zone/definition';
import { zoneFolding } from '../../server/src/engine/zone/folding';
import { formatZone } from '../../server/src/engine/zone/format';
import { zoneLinks } from '../../server/src/engine/zone/links';
import type { Zone } from '../../server/src/engine/zone/model';
import { nextSerial, serialBumpEdit } from '../../server/src/engine/zone/serial';
import { MAX_DETAILED_OWNERS, zoneSymbols } from '../../server/src/engine/zone/symbols';
import { readableDuration, zoneKeywordHover } from '../../server/src/engine/zone/keyword-hover';
import { zoneKeywordCompletion } from '../../server/src/engine/zone/keyword-completion';
import { KNOWN_TYPES } from '../../server/src/engine/zone/types-table';
import { phrase } from '../../server/src/engine/catalog/catalogue';
import { defaultSettings } from '../../server/src/engine/settings';
import { IncrementalZoneLint } from '../../server/src/engine/zone/incremental/session';
import { serialBump } from '../../server/src/lsp/commands';

function analyse(text: string, path = '/zones/example.com.zone', files: Record<string, string> = {}): { zone: Zone; analysis: Analysis } {
  const reader: FileReader = { readText: (p) => files[p] };
  const analysis = new Analysis({ path, text, language: 'zone' }, { reader });
  return { zone: analysis.model as Zone, analysis };
}

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const nonBlank = (text: string) => text.split(/\s+/).filter(Boolean);

describe('zone editor features', () => {
  describe('SOA serial (YYYYMMDDnn)', () => {
    it('moves an older serial to today 00, else counts up', () => {
      assert.equal(nextSerial(2020010101, utc('2026-11-23')), 2026112300);
      assert.equal(nextSerial(2026112300, utc('2026-11-23')), 2026112301);
      assert.equal(nextSerial(2026112399, utc('2026-11-23')), 2026112400, 'the 100th change of a day borrows the next day');
      assert.equal(nextSerial(2030010100, utc('2026-11-23')), 2030010101, 'a serial in the future only increments');
      assert.equal(nextSerial(7, utc('2026-11-23')), 2026112300);
    });

    it('wraps at 2^32 and never jumps by 2^31 or more (RFC 1982)', () => {
      assert.equal(nextSerial(4294967295, utc('2026-11-23')), 0);
      assert.equal(nextSerial(0, utc('2148-01-01')), 1, '2148010100 is more than 2^31 away from 0');
    });

    it('edits only the serial field of the main file SOA', () => {
      const text = '$ORIGIN example.com.\n@ 3600 IN SOA ns1 hm (\n  2024010101 ; serial\n  1 2 3 4 )\n';
      const { zone } = analyse(text);
      const edit = serialBumpEdit(zone, utc('2026-11-23'))!;
      assert.equal(edit.newText, '2026112300');
      assert.equal(applyEdits(text, [edit]), text.replace('2024010101', '2026112300'));
    });

    it('bumps the serial of an incrementally linted document in document lines, without parsing it again', () => {
      const comments = Array.from({ length: 9 }, (_, i) => `; note ${i}`).join('\n');
      const text = `${comments}\n$ORIGIN example.com.\n$TTL 1h\nwww IN A 192.0.2.1\nmail IN A 192.0.2.2\n@ IN SOA ns1 hm (\n  2024010101 ; serial\n  1 2 3 4 )\n@ IN NS ns1\n`;
      const path = '/zones/example.com.zone';
      const settings = defaultSettings({});
      const workspace = singleZoneWorkspace();
      const session = new IncrementalZoneLint(path, { settings, workspace }, 2);
      const incremental = new Analysis({ path, text, language: 'zone' }, { settings, workspace, incremental: session });
      const plain = new Analysis({ path, text, language: 'zone' }, { settings, workspace });
      const bump = serialBump(incremental, utc('2026-11-23'))!;
      assert.ok(session.zone!.records.find((r) => r.type === 'SOA')!.file.path !== path, 'the SOA lives in a chunk');
      assert.deepEqual(bump, serialBump(plain, utc('2026-11-23')));
      assert.equal(bump.edit.range.start.line, 14);
      assert.equal(applyEdits(text, [bump.edit]), text.replace('2024010101', '2026112300'));
      assert.equal((incremental as unknown as { modelCache: unknown }).modelCache, undefined, 'no second parse');
    });

    it('offers nothing without a numeric serial', () => {
      assert.equal(serialBumpEdit(analyse('$ORIGIN example.com.\nwww 60 IN A 192.0.2.1\n').zone, new Date()), undefined);
      assert.equal(serialBumpEdit(analyse('$ORIGIN example.com.\n@ 60 IN SOA ns hm x 1 2 3 4\n').zone, new Date()), undefined);
    });
  });

  describe('formatting', () => {
    const zone = [
      '$ORIGIN example.com.',
      '$TTL 1h',
      '@ IN SOA ns1 hostmaster ( 1 2 3 4',
      '      5 )   ; keep me',
      '@    IN   NS    ns1',
      '   IN MX 10 mail',
      'www 300 IN A 192.0.2.1',
      'mail IN 60 A 192.0.2.2',
      'txt IN TXT "a  b ; not a comment"   ; comment',
      'esc\\.dot IN A 192.0.2.3',
      '',
    ].join('\n');

    it('aligns owner, TTL, class and type without changing any token', () => {
      const edits = formatZone(analyse(zone).zone);
      const formatted = applyEdits(zone, edits);
      assert.deepEqual(nonBlank(formatted).sort(), nonBlank(zone).sort());
      const lines = formatted.split('\n');
      assert.equal(lines[6], 'www  300 IN A   192.0.2.1');
      assert.equal(lines[7], 'mail 60  IN A   192.0.2.2', 'TTL goes before class');
      assert.match(lines[5]!, /^\s+IN MX/, 'an inherited owner stays blank');
      assert.equal(lines[3], '      5 )   ; keep me', 'continuation lines are untouched');
      assert.match(lines[8]!, /"a {2}b ; not a comment" {3}; comment$/, 'quoted data and comments stay byte for byte');
      assert.equal(lines[9], 'esc\\.dot IN A 192.0.2.3', 'an escaped owner is left alone');
    });

    it('is idempotent and honours a range', () => {
      const once = applyEdits(zone, formatZone(analyse(zone).zone));
      assert.deepEqual(formatZone(analyse(once).zone), []);
      const ranged = formatZone(analyse(zone).zone, { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } });
      assert.deepEqual(ranged.map((e) => e.range.start.line), [6]);
    });

    it('keeps CR LF line ends', () => {
      const crlf = zone.replace(/\n/g, '\r\n');
      const formatted = applyEdits(crlf, formatZone(analyse(crlf).zone));
      assert.equal(formatted.split('\r\n').length, crlf.split('\r\n').length);
      assert.ok(!/[^\r]\n/.test(formatted));
    });

    it('never changes the records of random zone-like text (property)', () => {
      const token = fc.constantFrom('@', 'www', 'a.b.', 'IN', 'CH', '300', '1h', 'A', 'MX', 'TXT', 'NS', '10', '"x y"', '"a;b"', ';c', '(', ')', '\\#', '192.0.2.1');
      const line = fc.tuple(fc.constantFrom('', ' ', '\t', '   '), fc.array(token, { maxLength: 7 }), fc.constantFrom(' ', '  ', '\t')).map(([lead, tokens, gap]) => lead + tokens.join(gap));
      fc.assert(
        fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
          const text = `$ORIGIN example.com.\n${lines.join('\n')}\n`;
          const { zone: before } = analyse(text);
          const formatted = applyEdits(text, formatZone(before));
          const { zone: after } = analyse(formatted);
          const shape = (z: Zone) => z.records.map((r) => [r.owner.fqdn, r.ttl, r.rrclass, r.type, r.rdata.map((f) => f.text)]);
          assert.deepEqual(shape(after), shape(before));
          assert.deepEqual(nonBlank(formatted).sort(), nonBlank(text).sort());
        }),
        { numRuns: 300, seed: 20261123 },
      );
    });
  });

  describe('outline and folding', () => {
    const text = ['$ORIGIN example.com.', '; one', '; two', '@ IN SOA ns1 hm (', ' 1 2 3 4 5 )', '@ IN NS ns1', 'ns1 IN A 192.0.2.1', '$GENERATE 1-3 h$ A 192.0.2.$', ''].join('\n');

    it('lists directives and owners with their records; generated records are not listed', () => {
      const symbols = zoneSymbols(analyse(text).zone);
      assert.deepEqual(symbols.map((s) => s.name), ['$ORIGIN example.com.', '@', 'ns1']);
      assert.deepEqual(symbols[1]!.children!.map((c) => c.name), ['SOA', 'NS']);
      assert.equal(symbols[2]!.children![0]!.detail, '192.0.2.1');
    });

    it('lists owners only (no record children) in zones with more owners than MAX_DETAILED_OWNERS', () => {
      const lines = ['$ORIGIN example.com.'];
      for (let i = 0; i <= MAX_DETAILED_OWNERS; i++) lines.push(`h${i} 60 IN A 192.0.2.1`);
      const symbols = zoneSymbols(analyse(lines.join('\n') + '\n').zone);
      assert.equal(symbols.length, MAX_DETAILED_OWNERS + 2);
      assert.ok(symbols.every((s) => s.children === undefined));
      assert.deepEqual(symbols.slice(0, 2).map((s) => s.name), ['$ORIGIN example.com.', 'h0']);
    });

    it('folds comment blocks, parenthesised records and owner runs', () => {
      const folds = zoneFolding(analyse(text).zone);
      assert.deepEqual(
        folds.map((f) => [f.startLine, f.endLine, f.kind ?? 'region']),
        [[1, 2, 'comment'], [3, 5, 'region'], [3, 4, 'region']],
      );
    });
  });

  describe('go to definition and links', () => {
    it('goes from a target to its records, in this zone or another zone of the workspace', () => {
      const other = analyse('$ORIGIN example.net.\n_spf 60 IN TXT "v=spf1 -all"\n', '/zones/example.net.zone').zone;
      const text = '$ORIGIN example.com.\n@ 60 IN MX 10 mail\nmail 60 IN A 192.0.2.1\n@ 60 IN TXT "v=spf1 include:_spf.example.net -all"\n';
      const { zone, analysis } = analyse(text);
      const env = { ...analysis.env, workspace: singleZoneWorkspace(undefined, [other]) };
      const toMail = zoneDefinition(zone, text.indexOf('mail\n') + 1, env);
      assert.deepEqual(toMail.map((l) => [l.uri, l.range.start.line]), [['/zones/example.com.zone', 2]]);
      const toSpf = zoneDefinition(zone, text.indexOf('_spf.example.net') + 3, env);
      assert.deepEqual(toSpf.map((l) => [l.uri, l.range.start.line]), [['/zones/example.net.zone', 1]]);
      assert.deepEqual(zoneDefinition(zone, text.indexOf('192.0.2.1'), env), []);
    });

    it('links and resolves $INCLUDE paths relative to the zone file', () => {
      const text = '$ORIGIN example.com.\n$INCLUDE "keys/dkim.inc"\n';
      const { zone, analysis } = analyse(text, '/zones/example.com.zone', { '/zones/keys/dkim.inc': 'sel._domainkey 60 IN TXT "v=DKIM1; p="\n' });
      assert.deepEqual(zoneLinks(zone).map((l) => l.target), ['/zones/keys/dkim.inc']);
      assert.deepEqual(zoneDefinition(zone, text.indexOf('keys') + 1, analysis.env).map((l) => l.uri), ['/zones/keys/dkim.inc']);
      assert.equal(zoneSymbols(zone).filter((s) => s.name === 'sel._domainkey').length, 0, 'included records belong to their own file');
    });
  });

  describe('hover on record types, TTLs and directives', () => {
    const text = '$ORIGIN example.com.\n$TTL 3600\n@ 90061 IN MX 10 mail\nmail IN A 192.0.2.1\n';
    const at = (locale: string, line: number, character: number) => {
      const { analysis } = analyse(text);
      const env = { ...analysis.env, settings: { ...analysis.env.settings, locale } };
      const hover = zoneKeywordHover(analysis.model as Zone, analysis.file.offsetAt({ line, character }), env);
      return hover ? (hover.contents as { value: string }).value : undefined;
    };

    it('explains the type, the TTL in units and the directive, in English and Chinese', () => {
      assert.match(at('en', 2, 11)!, /^\*\*MX\*\*: Mail exchanger.*RFC 2181 §10\.3/);
      assert.equal(at('en', 2, 4), 'TTL **90061** s = 1 d 1 h 1 min 1 s');
      assert.equal(at('zh-cn', 2, 4), 'TTL **90061** 秒 = 1 天 1 小时 1 分钟 1 秒');
      assert.match(at('zh-cn', 0, 1)!, /^\*\*\$ORIGIN\*\*: .*[\u4e00-\u9fff]/);
      assert.equal(at('en', 3, 15), undefined, 'data is not a keyword');
    });

    it('has words for every described type in both locales', () => {
      for (const type of ['A', 'AAAA', 'MX', 'NS', 'CNAME', 'SOA', 'SRV', 'TXT', 'SPF', 'CAA', 'TLSA', 'HTTPS']) {
        assert.ok(KNOWN_TYPES.has(type));
        for (const locale of ['en', 'zh-cn']) assert.notEqual(phrase(`editor.type.${type}`, undefined, locale), `editor.type.${type}`, `${type} ${locale}`);
      }
      assert.equal(readableDuration(604800 * 2 + 60, 'en'), '2 wk 1 min');
      assert.equal(readableDuration(0, 'en'), '0 s');
    });
  });

  describe('completion of directives and record types', () => {
    const text = '$ORIGIN example.com.\n$T\nwww 300 IN M\n   IN \nmail IN A 192.0.2.1\n@ IN SOA ns hm ( 1\n  2 3 4 5 )\n';
    const labels = (line: number, character: number) => {
      const { analysis } = analyse(text);
      return zoneKeywordCompletion(analysis.model as Zone, analysis.file.offsetAt({ line, character }), analysis.env).map((i) => i.label);
    };

    it('offers directives at the start of a line and types where the type goes', () => {
      assert.deepEqual(labels(1, 2), ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE']);
      assert.ok(labels(2, 12).includes('MX'));
      assert.ok(labels(3, 6).includes('TXT'), 'after a blank owner and a class');
    });

    it('offers nothing inside data or parentheses', () => {
      assert.deepEqual(labels(4, 12), []);
      assert.deepEqual(labels(4, 10), []);
      assert.deepEqual(labels(6, 4), []);
    });
  });
});
