import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { KNOWN_TYPES } from '../../server/src/engine/zone/types-table';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMARS: Record<string, string> = {
  'text.zone_file': 'syntaxes/zone.tmLanguage.json',
  'source.nginx': 'syntaxes/nginx.tmLanguage.json',
  'text.mta-sts': 'syntaxes/mta-sts.tmLanguage.json',
};

let registry: textmate.Registry | undefined;

async function grammar(scope: string): Promise<textmate.IGrammar> {
  if (!registry) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (name: string) => {
        const file = GRAMMARS[name];
        if (!file) return null;
        return textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, file), 'utf8'), file);
      },
    });
  }
  const loaded = await registry.loadGrammar(scope);
  assert.ok(loaded, `grammar ${scope} loads`);
  return loaded;
}

/** Scopes of the token covering `column` on each line, after tokenizing the lines in order. */
function scopesAt(g: textmate.IGrammar, lines: string[], line: number, column: number): string[] {
  let state = textmate.INITIAL;
  for (let i = 0; i < lines.length; i++) {
    const result = g.tokenizeLine(lines[i]!, state);
    if (i === line) return result.tokens.find((t) => t.startIndex <= column && column < t.endIndex)?.scopes ?? [];
    state = result.ruleStack;
  }
  return [];
}

describe('TextMate grammars', function () {
  this.timeout(60_000);

  it('pass the caret-annotated grammar tests (vscode-tmgrammar-test)', () => {
    const bin = path.join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
    const run = spawnSync(process.execPath, [bin, 'test/grammar/cases/*'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /example\.zone run successfuly/);
  });

  it('the manifest names each grammar with the scope it declares', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { grammars: Array<{ scopeName: string; path: string }> };
    };
    for (const entry of manifest.contributes.grammars) {
      const declared = JSON.parse(fs.readFileSync(path.join(ROOT, entry.path), 'utf8')) as { scopeName: string };
      assert.equal(declared.scopeName, entry.scopeName);
    }
    assert.ok(manifest.contributes.grammars.some((g) => g.scopeName === 'text.zone_file'));
  });

  it('scopes every record type the parser knows, in upper and lower case', async () => {
    const zone = await grammar('text.zone_file');
    for (const type of [...KNOWN_TYPES, 'TYPE65280']) {
      for (const written of [type, type.toLowerCase()]) {
        const line = `name 300 IN ${written} data`;
        const scopes = scopesAt(zone, [line], 0, line.indexOf(written, 12));
        assert.ok(scopes.includes('keyword.other.type.zone_file'), `${written}: ${scopes.join(' ')}`);
      }
    }
  });

  it('keeps a multi-line parenthesised record together and resumes after it', async () => {
    const zone = await grammar('text.zone_file');
    const lines = ['@ IN SOA ns hm (', '  1 ; serial', '  2 3 4 5 )', 'www IN A 192.0.2.1'];
    assert.ok(scopesAt(zone, lines, 1, 2).includes('meta.parens.zone_file'));
    assert.ok(scopesAt(zone, lines, 1, 6).includes('comment.line.semicolon.zone_file'));
    assert.ok(scopesAt(zone, lines, 3, 0).includes('entity.name.tag.owner.zone_file'));
    assert.ok(!scopesAt(zone, lines, 3, 0).includes('meta.parens.zone_file'));
  });

  it('survives pathological lines quickly', async () => {
    const zone = await grammar('text.zone_file');
    const nginx = await grammar('source.nginx');
    const started = Date.now();
    scopesAt(zone, ['@ IN TXT "' + 'v=spf1 '.repeat(5000) + '"', '('.repeat(10_000), '"'.repeat(9_999)], 2, 0);
    scopesAt(nginx, ['server { ' + 'a b; '.repeat(5000), '{'.repeat(5000)], 1, 0);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
});
