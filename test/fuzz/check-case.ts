import type { EngineDiagnostic } from '../../server/src/engine/diagnostics';
import type { FileReader } from '../../server/src/engine/workspace';
import { checkDocument, type CheckResult } from '../../server/src/engine/service';
import { FIXTURE_NOW } from '../support/fixture-files';
import { pathFor, type FuzzCase } from './cases';
import { diagnosticProblems, SourceFile } from './invariants';

// One fuzz case checked against every invariant: no throw, at most 1 s of CPU, ranges inside their
// documents, the same diagnostics on a second run.

/** CPU milliseconds one input of at most 64 KB may take. */
const TIME_LIMIT_MS = 1_000;
/** Every n-th case is checked twice for determinism (the second run doubles a case's cost). */
const DETERMINISM_EVERY = 4;

/** Reads an input serves at most, so the engine handles at most a few times the input (the bound is per input). */
const MAX_READS = 4;

/**
 * Reads files under /fuzz/ as the input itself, so `$INCLUDE x` and nginx `include *.conf` both find a
 * file and including oneself makes a cycle the engine must stop. After MAX_READS reads files are missing:
 * every path existing would turn an 8 KB input with a dozen includes into 1,024 included files (the
 * engine's bound, tested in test/limits), far past what the 1 s limit per input is about.
 */
function selfReader(text: string): FileReader {
  let reads = 0;
  const serve = (path: string) => path.startsWith('/fuzz/') && reads++ < MAX_READS;
  return {
    readText: (path) => (serve(path) ? text : undefined),
    readBytes: (path) => (serve(path) ? new TextEncoder().encode(text) : undefined),
    glob: (pattern) => (pattern.startsWith('/fuzz/') ? ['/fuzz/a.conf', '/fuzz/b.conf'] : []),
  };
}

/** Every tenth case leaves the language to detection from the text (a name with no telling extension). */
function check(c: FuzzCase): CheckResult {
  const detect = c.index % 10 === 9;
  return checkDocument(
    detect ? { path: '/fuzz/input', text: c.text } : { path: pathFor(c.language), text: c.text, language: c.language },
    { settings: { now: FIXTURE_NOW }, reader: selfReader(c.text) },
  );
}

/**
 * Milliseconds of CPU the process spent in `run` (all its threads, GC included). CPU time, not wall time:
 * on a shared CI machine other processes stretch the wall clock, while a slow input costs CPU wherever it runs.
 */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Every invariant the case breaks (empty when it holds them all). */
function violations(c: FuzzCase): string[] {
  let first: CheckResult | undefined;
  let elapsed: number;
  try {
    elapsed = cpuMs(() => (first = check(c)));
    // A stall (a major GC, a cold code path) can hit one run; a slow input is slow every time.
    for (let retry = 0; retry < 2 && elapsed > TIME_LIMIT_MS; retry++) elapsed = Math.min(elapsed, cpuMs(() => check(c)));
  } catch (error) {
    return [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  if (!first) return ['no result'];
  const problems: string[] = [];
  if (elapsed > TIME_LIMIT_MS) problems.push(`took ${elapsed.toFixed(0)} ms of CPU for ${c.text.length} characters`);
  const files = new Map<string, SourceFile>();
  const fileOf = (path: string) => {
    if (!path.startsWith('/fuzz/')) return undefined;
    let file = files.get(path);
    if (!file) files.set(path, (file = new SourceFile(path, c.text)));
    return file;
  };
  problems.push(...diagnosticProblems(first.diagnostics, fileOf));
  if (c.index % DETERMINISM_EVERY !== 0) return problems;
  let second: CheckResult;
  try {
    second = check(c);
  } catch (error) {
    return [...problems, `threw on the second run: ${String(error)}`];
  }
  const difference = firstDifference(first.diagnostics, second.diagnostics);
  if (difference) problems.push(`a second run gave different diagnostics: ${difference}`);
  return problems;
}

/** Where two diagnostic lists differ, compared field by field (a list can be too large to stringify). */
function firstDifference(a: readonly EngineDiagnostic[], b: readonly EngineDiagnostic[]): string | undefined {
  if (a.length !== b.length) return `${a.length} vs ${b.length} diagnostics`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const same =
      x.rule === y.rule &&
      x.severity === y.severity &&
      x.message === y.message &&
      x.path === y.path &&
      samePosition(x.range.start, y.range.start) &&
      samePosition(x.range.end, y.range.end) &&
      x.fixes.length === y.fixes.length &&
      x.fixes.every((fix, f) => {
        const other = y.fixes[f]!;
        return (
          fix.title === other.title &&
          fix.edits.length === other.edits.length &&
          fix.edits.every((e, k) => e.newText === other.edits[k]!.newText && samePosition(e.range.start, other.edits[k]!.range.start) && samePosition(e.range.end, other.edits[k]!.range.end))
        );
      });
    if (!same) return `diagnostic ${i} (${x.rule} vs ${y.rule})`;
  }
  return undefined;
}

function samePosition(p: { line: number; character: number }, q: { line: number; character: number }): boolean {
  return p.line === q.line && p.character === q.character;
}

function describeFailure(seed: number, c: FuzzCase, problems: string[]): string {
  const sample = JSON.stringify(c.text.length > 300 ? c.text.slice(0, 300) + '…' : c.text);
  return [
    `case ${c.index} (${c.kind} of ${c.origin}, ${c.language}, ${c.text.length} chars): replay with MAILZONE_FUZZ_SEED=${seed} MAILZONE_FUZZ_CASE=${c.index}`,
    ...problems.slice(0, 5).map((p) => `  - ${p.split('\n').slice(0, 6).join('\n    ')}`),
    `  input: ${sample}`,
  ].join('\n');
}

/** What is wrong with case `c` of the run seeded `seed`, in words with its replay command; undefined when nothing. */
export function caseFailure(seed: number, c: FuzzCase): string | undefined {
  const problems = violations(c);
  return problems.length > 0 ? describeFailure(seed, c, problems) : undefined;
}
