import { strict as assert } from 'node:assert';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostics';
import { Analysis, checkDocument } from '../../server/src/engine/service';
import { SourceFile } from '../../server/src/engine/text/source';
import type { FileReader } from '../../server/src/engine/workspace';
import type { Zone } from '../../server/src/engine/zone/model';
import { diagnosticProblems } from '../fuzz/invariants';

// Inputs at and past the engine's limits. Each must finish (mocha's timeout is the bound: a hang fails the
// test instead of freezing CI), say what happened in words, and keep every range inside its file.

const DIR = '/limits';
const MAIN = `${DIR}/example.com.zone`;
const HEAD = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n';

function memoryReader(files: Record<string, string>): FileReader & { reads: number } {
  const reader = {
    reads: 0,
    readText(path: string) {
      reader.reads++;
      return files[path];
    },
  };
  return reader;
}

function check(text: string, files: Record<string, string> = {}, language: 'zone' | 'nginx' = 'zone') {
  const all: Record<string, string> = { ...files, [MAIN]: text };
  const result = checkDocument({ path: language === 'zone' ? MAIN : `${DIR}/nginx.conf`, text, language }, { reader: memoryReader(all) });
  const sources = new Map<string, SourceFile>();
  const fileOf = (path: string) => {
    const source = path === result.path ? text : all[path];
    if (source === undefined) return undefined;
    if (!sources.has(path)) sources.set(path, new SourceFile(path, source));
    return sources.get(path);
  };
  assert.deepEqual(diagnosticProblems(result.diagnostics, fileOf), [], 'ranges inside their files, no internal error');
  return result.diagnostics;
}

function rules(diagnostics: readonly EngineDiagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => d.rule))].sort();
}

function only(diagnostics: readonly EngineDiagnostic[], rule: string): EngineDiagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

describe('limits', function () {
  this.timeout(20_000);

  describe('binary files', () => {
    it('a file with NUL bytes gets one info diagnostic naming the offset and is not parsed', () => {
      const text = HEAD + 'www IN A 192.0.2.3\n' + '\u0000\u0001\u0002\u00ff'.repeat(50_000);
      const diagnostics = check(text);
      assert.deepEqual(rules(diagnostics), ['core/binary-file']);
      assert.equal(diagnostics[0]!.severity, 'info');
      assert.match(diagnostics[0]!.message, new RegExp(String(text.indexOf('\u0000'))));
      assert.equal(new Analysis({ path: MAIN, text, language: 'zone' }).model, undefined);
    });

    it('random bytes decoded as text (no NUL) are checked without throwing', () => {
      let text = '';
      let state = 12345;
      for (let i = 0; i < 200_000; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        text += String.fromCharCode(1 + (state >>> 16) % 0xfffe);
      }
      check(text);
      check(text, {}, 'nginx');
    });
  });

  describe('$INCLUDE', () => {
    const chain = (levels: number) => {
      const files: Record<string, string> = {};
      for (let level = 1; level <= levels; level++) {
        files[`${DIR}/l${level}.inc`] = `l${level} IN A 192.0.2.${level}\n` + (level < levels ? `$INCLUDE l${level + 1}.inc\n` : '');
      }
      return files;
    };

    it('16 nested levels load every file', () => {
      const diagnostics = check(HEAD + '$INCLUDE l1.inc\n', chain(16));
      assert.deepEqual(only(diagnostics, 'zone/include-depth'), []);
      const zone = new Analysis({ path: MAIN, text: HEAD + '$INCLUDE l1.inc\n', language: 'zone' }, { reader: memoryReader(chain(16)) }).model as Zone;
      assert.equal(zone.files.length, 17);
    });

    it('a 17th level is refused with zone/include-depth at the directive that goes too deep', () => {
      const files = chain(40);
      const diagnostics = check(HEAD + '$INCLUDE l1.inc\n', files);
      const depth = only(diagnostics, 'zone/include-depth');
      assert.equal(depth.length, 1);
      assert.equal(depth[0]!.path, `${DIR}/l16.inc`);
      assert.match(depth[0]!.message, /16/);
    });

    it('a file including itself is a cycle, reported once, with the path in the message', () => {
      const files = { [`${DIR}/self.inc`]: 'a IN A 192.0.2.9\n$INCLUDE self.inc\n' };
      const cycle = only(check(HEAD + '$INCLUDE self.inc\n', files), 'zone/include-cycle');
      assert.equal(cycle.length, 1);
      assert.match(cycle[0]!.message, /self\.inc/);
    });

    it('a cycle through three files and back to the zone itself is reported', () => {
      const files = {
        [`${DIR}/a.inc`]: '$INCLUDE b.inc\n',
        [`${DIR}/b.inc`]: '$INCLUDE c.inc\n',
        [`${DIR}/c.inc`]: '$INCLUDE example.com.zone\n',
      };
      const cycle = only(check(HEAD + '$INCLUDE a.inc\n', files), 'zone/include-cycle');
      assert.equal(cycle.length, 1);
      assert.equal(cycle[0]!.path, `${DIR}/c.inc`);
    });

    it('a file that includes the next one three times at every level stays bounded (no 3^16 blow-up)', () => {
      const files: Record<string, string> = {};
      for (let level = 1; level <= 16; level++) {
        files[`${DIR}/f${level}.inc`] = `f${level} IN TXT "level ${level}"\n` + (level < 16 ? `$INCLUDE f${level + 1}.inc\n`.repeat(3) : '');
      }
      const reader = memoryReader({ ...files, [MAIN]: HEAD + '$INCLUDE f1.inc\n' });
      const analysis = new Analysis({ path: MAIN, text: HEAD + '$INCLUDE f1.inc\n', language: 'zone' }, { reader });
      const diagnostics = analysis.diagnostics;
      assert.ok(reader.reads < 100_000, `${reader.reads} file reads`);
      assert.ok(diagnostics.some((d) => d.rule.startsWith('zone/include')), 'says that it stopped including');
    });
  });

  describe('many lines', () => {
    it('2,000 CRLF comment lines and no $ORIGIN: the origin search stays linear', () => {
      const text = ';  ^ error zone/missing-soa\r\n'.repeat(2_000);
      const diagnostics = check(text);
      assert.ok(diagnostics.every((d) => d.severity !== 'error' || d.rule === 'zone/missing-soa'));
    });
  });

  describe('long values', () => {
    it('a TXT record of 10,000 lines in parentheses is one record of 10,000 strings', () => {
      const lines = Array.from({ length: 10_000 }, (_, i) => `  "part ${i} of a very long value"`);
      const text = HEAD + 'big IN TXT (\n' + lines.join('\n') + '\n)\nafter IN A 192.0.2.10\n';
      const diagnostics = check(text);
      const zone = new Analysis({ path: MAIN, text, language: 'zone' }).model as Zone;
      const big = zone.records.find((r) => r.owner.fqdn === 'big.example.com.');
      assert.equal(big?.txt?.strings.length, 10_000);
      assert.ok(zone.records.some((r) => r.owner.fqdn === 'after.example.com.'), 'the record after it is parsed');
      assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
    });

    it('an SPF record of 10,000 lines is checked as one policy', () => {
      const terms = Array.from({ length: 10_000 }, (_, i) => `  "ip4:10.${(i >> 8) & 255}.${i & 255}.0/24 "`);
      const text = HEAD + '@ IN TXT ( "v=spf1 "\n' + terms.join('\n') + '\n  "-all" )\n';
      check(text);
    });
  });

  describe('a million-character line', () => {
    const MILLION = 1_000_000;

    it('in one quoted TXT string: zone/txt-string-too-long on that string', () => {
      const text = HEAD + `long IN TXT "${'a'.repeat(MILLION)}"\n`;
      const diagnostics = check(text);
      assert.equal(only(diagnostics, 'zone/txt-string-too-long').length, 1);
    });

    it('as an owner name: the label and name length errors, once each', () => {
      const text = HEAD + `${'a'.repeat(MILLION)} IN A 192.0.2.1\n`;
      const diagnostics = check(text);
      assert.equal(only(diagnostics, 'zone/label-too-long').length, 1);
      assert.ok(only(diagnostics, 'zone/name-too-long').length <= 1);
    });

    it('as a comment: nothing to report', () => {
      const text = HEAD + `; ${'x'.repeat(MILLION)}\n`;
      assert.deepEqual(check(text), []);
    });

    it('of words without a line break, in zone and nginx files', () => {
      const text = 'abc def "ghi" ( { } ; '.repeat(MILLION / 20);
      check(text);
      check(text, {}, 'nginx');
    });

    it('of many dotted labels: each problem is reported without quadratic work', () => {
      const text = HEAD + `${'a.'.repeat(MILLION / 2)} IN A 192.0.2.1\n`;
      assert.ok(check(text).some((d) => d.rule === 'zone/name-too-long'));
    });
  });
});
