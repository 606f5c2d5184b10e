import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../server/src/engine/diagnostics';
import { applyEdits, selectFixes } from '../../server/src/engine/fixes/index';
import { checkDocument } from '../../server/src/engine/service';
import { SourceFile } from '../../server/src/engine/text/source';
import { emptyReader } from '../../server/src/engine/workspace';
import { formatZone } from '../../server/src/engine/zone/format';
import type { Zone, ZoneRecord } from '../../server/src/engine/zone/model';
import { parseZone } from '../../server/src/engine/zone/parser';
import { FIXTURE_NOW, listFixtures } from '../support/fixture-files';
import { MUTATORS } from './mutations';
import { Random, seedFromEnvironment } from './random';

// Property tests: --fix (one pass of preferred fixes, as fix-all applies them) and formatting never lose or
// corrupt bytes. Inputs are the zone fixtures with one or two light mutations, so fixes still fire.
// Seeded like the fuzz test: MAILZONE_FUZZ_SEED replays a run.
const SEED = seedFromEnvironment(process.env.MAILZONE_FUZZ_SEED);
const CASES = Number(process.env.MAILZONE_EDIT_CASES ?? 400);
const PATH = '/fuzz/example.com.zone';

function parse(text: string): Zone {
  return parseZone(new SourceFile(PATH, text), { reader: emptyReader });
}

function input(index: number, texts: readonly string[]): string {
  const random = Random.forCase(SEED ^ 0x5eed, index);
  let text = random.pick(texts);
  for (let n = random.int(3); n > 0; n--) text = random.pick(MUTATORS)(text, random);
  return text.slice(0, 16 * 1024);
}

interface Located {
  start: number;
  end: number;
}

/** Edit spans in the old text, and where each one's new text lands in the new text. */
function locate(text: string, edits: readonly TextEdit[]): { before: Located[]; after: Located[] } {
  const file = new SourceFile(PATH, text);
  const sorted = edits.map((e) => ({ start: file.offsetAt(e.range.start), end: file.offsetAt(e.range.end), length: e.newText.length }));
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  let delta = 0;
  const after: Located[] = [];
  for (const e of sorted) {
    after.push({ start: e.start + delta, end: e.start + delta + e.length });
    delta += e.length - (e.end - e.start);
  }
  return { before: sorted, after };
}

/** Records of the main file that no edit touches (an edit at either end counts as touching). */
function untouched(zone: Zone, edits: readonly Located[]): string[] {
  const keep = (r: ZoneRecord) => r.file === zone.file && edits.every((e) => e.end < r.span.start || e.start > r.span.end);
  return zone.records.filter(keep).map((r) => `${r.ownerInherited ? '(inherited) ' : ''}${zone.file.text.slice(r.span.start, r.span.end)}`);
}

/** What a record means, whatever its layout: formatting may move blanks and put TTL before class, nothing else. */
function meaning(zone: Zone): string[] {
  return zone.records.map((r) => [r.owner.fqdn, r.ttl ?? '-', r.rrclass, r.type, ...r.rdata.map((field) => field.text)].join(' '));
}

describe(`edits keep every byte they do not target (seed ${SEED})`, function () {
  this.timeout(180_000);
  const texts = listFixtures()
    .filter((f) => f.language === 'zone')
    .map((f) => f.text);

  it('one pass of preferred fixes leaves every record it does not edit as it was', () => {
    const failures: string[] = [];
    let fixed = 0;
    for (let index = 0; index < CASES && failures.length < 5; index++) {
      const text = input(index, texts);
      const diagnostics = checkDocument({ path: PATH, text, language: 'zone' }, { settings: { now: FIXTURE_NOW } }).diagnostics;
      const edits = selectFixes(diagnostics, (p) => p === PATH).editsByPath.get(PATH) ?? [];
      if (edits.length === 0) continue;
      fixed++;
      const after = applyEdits(text, edits);
      const { before: oldSpans, after: newSpans } = locate(text, edits);
      const lost = untouched(parse(text), oldSpans);
      const kept = untouched(parse(after), newSpans);
      if (JSON.stringify(lost) !== JSON.stringify(kept)) {
        failures.push(`case ${index} (MAILZONE_FUZZ_SEED=${SEED}): untouched records changed\n  before: ${JSON.stringify(lost).slice(0, 400)}\n  after:  ${JSON.stringify(kept).slice(0, 400)}`);
      }
    }
    assert.ok(fixed > 0, 'some inputs had fixes to apply');
    assert.deepEqual(failures, []);
  });

  it('formatting keeps every record, comment and directive, and formatting again changes nothing', () => {
    const failures: string[] = [];
    let formatted = 0;
    for (let index = 0; index < CASES && failures.length < 5; index++) {
      const text = input(index, texts);
      const zone = parse(text);
      const edits = formatZone(zone);
      if (edits.length === 0) continue;
      formatted++;
      const after = applyEdits(text, edits);
      const again = parse(after);
      const problems: string[] = [];
      if (JSON.stringify(meaning(zone)) !== JSON.stringify(meaning(again))) problems.push('records changed');
      if (JSON.stringify(zone.comments.map((c) => c.text)) !== JSON.stringify(again.comments.map((c) => c.text))) problems.push('comments changed');
      const directives = (z: Zone) => z.directives.map((d) => [d.kind, ...d.args.map((a) => a.text)].join(' '));
      if (JSON.stringify(directives(zone)) !== JSON.stringify(directives(again))) problems.push('directives changed');
      if (formatZone(again).length > 0) problems.push('formatting the result again changes it');
      if (problems.length > 0) failures.push(`case ${index} (MAILZONE_FUZZ_SEED=${SEED}): ${problems.join(', ')}; input ${JSON.stringify(text.slice(0, 300))}`);
    }
    assert.ok(formatted > 0, 'some inputs needed formatting');
    assert.deepEqual(failures, []);
  });
});
