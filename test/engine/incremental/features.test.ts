import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver-types';
import { Analysis } from '../../../server/src/engine/service';
import { defaultSettings, type EngineSettings } from '../../../server/src/engine/settings';
import { singleZoneWorkspace, type WorkspaceIndex } from '../../../server/src/engine/workspace';
import { IncrementalZoneLint } from '../../../server/src/engine/zone/incremental/session';
import { zoneLanguage } from '../../../server/src/engine/zone/language';
import { completionsAt, definitions, hoverAt } from '../../../server/src/lsp/features';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { Random } from '../../fuzz/random';
import { FIXTURE_NOW, listFixtures } from '../../support/fixture-files';

// Hover, completion and go-to-definition on an incrementally linted zone run on its chunks (no parse of the
// document): at every place they must answer exactly what they answer on a full parse of the same text, ranges
// and locations in document coordinates. Chunks of two or three lines put chunk boundaries everywhere.
const SEED = Number(process.env.MAILZONE_INCREMENTAL_SEED ?? 20261123);
const ZONE_PATH = '/tmp/example.com.zone';

interface Generator {
  mailZoneText(records: number, options?: { seed?: number }): { text: string };
}

async function generator(): Promise<Generator> {
  return (await import(path.resolve(__dirname, '../../../bench/zone-generator.mjs'))) as Generator;
}

/** How many of the compared answers were not empty (a comparison of nothing with nothing proves little). */
interface Answered {
  hovers: number;
  /** Completion items with an edit range (the ones that must be moved to the document). */
  edits: number;
  definitions: number;
  /** Answers with a range below the first chunk. */
  belowFirstChunk: number;
}

class Comparison {
  readonly answered: Answered = { hovers: 0, edits: 0, definitions: 0, belowFirstChunk: 0 };
  private readonly reader = createFsReader();
  readonly workspace: WorkspaceIndex = singleZoneWorkspace(this.reader);
  readonly session: IncrementalZoneLint;
  private readonly settings: EngineSettings;

  constructor(
    readonly name: string,
    readonly path: string,
    settings: Partial<EngineSettings>,
    readonly chunkLines: number,
  ) {
    this.settings = defaultSettings({ now: FIXTURE_NOW, ...settings });
    this.session = new IncrementalZoneLint(path, { settings: this.settings, workspace: this.workspace }, chunkLines);
  }

  incremental(text: string): Analysis {
    return new Analysis({ path: this.path, text, language: 'zone' }, { settings: this.settings, workspace: this.workspace, incremental: this.session });
  }

  full(text: string): Analysis {
    return new Analysis({ path: this.path, text, language: 'zone' }, { settings: this.settings, workspace: this.workspace });
  }

  /** Compares the three features at each position of `text`, as the incremental lint of that text answers them. */
  check(text: string, positions: readonly Position[], label = ''): void {
    const incremental = this.incremental(text);
    const full = this.full(text);
    for (const position of positions) {
      const where = `${this.name}${label} at ${position.line}:${position.character}`;
      const hover = hoverAt(incremental, position);
      assert.deepStrictEqual(hover, hoverAt(full, position), `${where}: hover`);
      const items = completionsAt(incremental, position);
      assert.deepStrictEqual(items, completionsAt(full, position), `${where}: completion`);
      const found = definitions(incremental, position);
      assert.deepStrictEqual(found, definitions(full, position), `${where}: definition`);
      this.count(hover?.range?.start.line, items.map((item) => (item.textEdit && 'range' in item.textEdit ? item.textEdit.range.start.line : undefined)), found.map((l) => l.range.start.line));
    }
  }

  private count(hoverLine: number | undefined, editLines: Array<number | undefined>, definitionLines: number[]): void {
    const lines = [hoverLine, ...editLines, ...definitionLines].filter((line): line is number => line !== undefined);
    if (hoverLine !== undefined) this.answered.hovers++;
    this.answered.edits += editLines.filter((line) => line !== undefined).length;
    if (definitionLines.length > 0) this.answered.definitions++;
    this.answered.belowFirstChunk += lines.filter((line) => line >= this.chunkLines).length;
  }
}

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Every token's start, middle and end on every line (inside quoted values too, where the SPF and tag hovers
 * are), each line's end and a place past it, and places after the last line.
 */
function tokenPositions(text: string): Position[] {
  const lines = linesOf(text);
  const out: Position[] = [];
  lines.forEach((line, n) => {
    for (const match of line.matchAll(/[^\s"]+/g)) {
      const start = match.index!;
      out.push({ line: n, character: start }, { line: n, character: start + (match[0].length >> 1) }, { line: n, character: start + match[0].length });
    }
    out.push({ line: n, character: line.length }, { line: n, character: line.length + 3 });
  });
  out.push({ line: lines.length, character: 0 }, { line: lines.length + 5, character: 7 });
  return out;
}

/** A seeded sample of `count` positions anywhere in `text` (some past a line's end or the last line). */
function randomPositions(text: string, count: number, random: Random): Position[] {
  const lines = linesOf(text);
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    const line = random.int(lines.length + 2);
    out.push({ line, character: random.int((lines[line]?.length ?? 0) + 3) });
  }
  return out;
}

/** Inserts `insert` at the start of line `line` (0-based). */
function insertAtLine(text: string, line: number, insert: string): string {
  const lines = text.split('\n');
  lines.splice(line, 0, insert);
  return lines.join('\n');
}

function deleteLine(text: string, line: number): string {
  const lines = text.split('\n');
  lines.splice(line, 1);
  return lines.join('\n');
}

/** Counts the full parses of zone documents (what `Analysis.model` does) while `run` runs. */
function zoneParses(run: () => void): number {
  const parse = zoneLanguage.parse;
  let count = 0;
  zoneLanguage.parse = (...args) => {
    count++;
    return parse.apply(zoneLanguage, args);
  };
  try {
    run();
  } finally {
    zoneLanguage.parse = parse;
  }
  return count;
}

describe('hover, completion and definition on an incrementally linted zone equal a full parse', function () {
  this.timeout(120_000);

  it('on every zone fixture, at every token and line end, with chunks of two lines', () => {
    const fixtures = listFixtures().filter((f) => f.language === 'zone');
    assert.ok(fixtures.length > 100, `expected the zone fixtures, found ${fixtures.length}`);
    const answered: Answered = { hovers: 0, edits: 0, definitions: 0, belowFirstChunk: 0 };
    for (const fixture of fixtures) {
      const comparison = new Comparison(fixture.relative, fixture.path, fixture.settings, 2);
      comparison.check(fixture.text, tokenPositions(fixture.text));
      for (const key of Object.keys(answered) as Array<keyof Answered>) answered[key] += comparison.answered[key];
    }
    assert.ok(answered.hovers > 1000 && answered.definitions > 100 && answered.edits > 100, JSON.stringify(answered));
    assert.ok(answered.belowFirstChunk > 1000, JSON.stringify(answered));
  });

  it('on a generated mail zone, at every token and at 500 random places, with chunks of three lines', async () => {
    const { text } = (await generator()).mailZoneText(400);
    const comparison = new Comparison('generated 400 records', ZONE_PATH, {}, 3);
    comparison.check(text, [...tokenPositions(text), ...randomPositions(text, 500, new Random(SEED))]);
    const { hovers, edits, definitions: found, belowFirstChunk } = comparison.answered;
    assert.ok(hovers > 1000 && edits > 100 && found > 100 && belowFirstChunk > 1000, JSON.stringify(comparison.answered));
  });

  it('after edits that move, split, join and rewrite chunks', async () => {
    const { text } = (await generator()).mailZoneText(200, { seed: 3 });
    const comparison = new Comparison('generated 200 records', ZONE_PATH, {}, 3);
    const random = new Random(SEED + 1);
    const edits: Array<[string, (before: string) => string]> = [
      ['a line added at the top', (t) => insertAtLine(t, 2, 'new A 192.0.2.77')],
      ['a record over several lines added in the middle', (t) => insertAtLine(t, 40, 'dk._domainkey TXT ( "v=DKIM1; k=ed25519; "\n\t"p=bXe4wNMWVJQK1atfXtGgKO8UOEioAO0qSYa69tZoKLw="\n\t)')],
      ['a line deleted', (t) => deleteLine(t, 17)],
      ['a character typed in an SPF term', (t) => t.replace('include:_spf.example.com -all"\n_dmarc.h3', 'include:_spf.example.comx -all"\n_dmarc.h3')],
      ['an SPF value being typed, its quote still open', (t) => insertAtLine(t, 60, 'h9 IN TXT "v=spf1 inc')],
      ['a comment and a $TTL', (t) => insertAtLine(t, 25, '; hosts below\n$TTL 600')],
      ['an $ORIGIN in the middle', (t) => insertAtLine(t, 90, '$ORIGIN sub.example.com.\nx MX 10 mx1')],
    ];
    let current = text;
    let partial = 0;
    comparison.check(current, randomPositions(current, 300, random), ' (before the edits)');
    for (const [label, edit] of edits) {
      const next = edit(current);
      assert.notEqual(next, current, label);
      current = next;
      comparison.check(current, randomPositions(current, 300, random), `, after ${label}`);
      if (!comparison.session.stats.everything) partial++;
    }
    // Directives make the lint check everything again; the other edits kept most chunks.
    assert.ok(partial >= 4, `only ${partial} updates were partial`);
    // Around the last edit, every token.
    const around = tokenPositions(current).filter((p) => p.line >= 85 && p.line <= 100);
    comparison.check(current, around, ', around the last edit');
  });

  it('on an empty document, a comment, directives alone and line endings other than LF', () => {
    const texts = [
      '',
      '\n\n',
      '; only a comment',
      '$ORIGIN example.com.\n$TTL 300\n',
      '$ORIGIN example.com.\r\n@ IN MX 10 mail\r\nmail IN A 192.0.2.1\r\n@ IN TXT "v=spf1 mx -all"\r\n',
      '$ORIGIN example.com.\n@ IN MX 10 mail\nmail IN A 192.0.2.1\n@ IN TXT "v=spf1 mx -all"',
      '$ORIGIN example.com.\r@ IN MX 10 mail\rmail IN A 192.0.2.1\n@ IN TXT "v=spf1 mx -all"\r\nwww CNAME mail\n',
      '$ORIGIN example.com.\n@ IN SOA ns hm (\n 1 2 3\n 4 5 )\n@ IN NS ns\nns A 192.0.2.1\n_dmarc TXT ( "v=DMARC1; "\n "p=none" )\n',
    ];
    texts.forEach((text, index) => {
      const comparison = new Comparison(`small document ${index}`, ZONE_PATH, {}, 2);
      comparison.check(text, [...tokenPositions(text), { line: 0, character: 0 }, { line: 0, character: 100 }, { line: 40, character: 0 }]);
    });
  });
});

describe('hover, completion and definition on an incrementally linted zone', () => {
  it('answer for their own text when the lint has moved on to a newer version', () => {
    const text = '$ORIGIN example.com.\n@ IN MX 10 mail\nmail IN A 192.0.2.1\n@ IN TXT "v=spf1 mx -all"\n';
    const comparison = new Comparison('older version', ZONE_PATH, {}, 2);
    const older = comparison.incremental(text);
    void older.diagnostics;
    void comparison.incremental(`; a new first line\n${text}`).diagnostics;
    const full = comparison.full(text);
    for (const position of tokenPositions(text)) {
      assert.deepEqual(hoverAt(older, position), hoverAt(full, position));
      assert.deepEqual(completionsAt(older, position), completionsAt(full, position));
      assert.deepEqual(definitions(older, position), definitions(full, position));
    }
  });

  it('never parse the document, before or after an edit', async () => {
    const { text } = (await generator()).mailZoneText(2000);
    const comparison = new Comparison('generated 2,000 records', ZONE_PATH, {}, 48);
    const ask = (analysis: Analysis) => {
      const lines = linesOf(analysis.file.text);
      const spf = lines.findIndex((line) => line.startsWith('h100 IN TXT "v=spf1'));
      const mx = lines.findIndex((line) => line.startsWith('h100 IN MX 10 mx1'));
      assert.ok(hoverAt(analysis, { line: spf, character: 20 }), 'a hover on an SPF term');
      assert.ok(completionsAt(analysis, { line: spf, character: 18 }).length > 0, 'completions in the SPF value');
      assert.ok(definitions(analysis, { line: mx, character: 17 }).length > 0, 'the records of the MX target');
    };
    assert.equal(zoneParses(() => ask(comparison.incremental(text))), 0, 'first version');
    assert.equal(zoneParses(() => ask(comparison.incremental(insertAtLine(text, 500, 'new A 192.0.2.77')))), 0, 'after an edit');
    assert.equal(comparison.session.stats.everything, false);
    // The count sees the parse where there is one: an Analysis without an incremental lint.
    assert.equal(zoneParses(() => ask(comparison.full(text))), 1);
  });
});
