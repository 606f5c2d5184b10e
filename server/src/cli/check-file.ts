import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { phrase, ruleMessage } from '../engine/catalog/catalogue';
import { docUrlFor, type EngineDiagnostic, type Language } from '../engine/diagnostics';
import { fixAll } from '../engine/fixes/fix-all';
import { automaticFix } from '../engine/fixes/select-fixes';
import { Analysis } from '../engine/service';
import type { EngineSettings } from '../engine/settings';
import type { Zone } from '../engine/zone/model';
import { createFsReader } from '../node/fs-reader';
import { ChangedOnDiskError, writeFileAtomic } from './atomic-write';
import { displayPath, errorDetail, type FileJob } from './discover';

/** What one worker (or the main thread) needs to check files: plain data, so it crosses thread boundaries. */
export interface CheckContext {
  locale: string;
  fix: boolean;
  /** Settings of each configuration file in use, by its path. */
  configs: Record<string, Partial<EngineSettings>>;
}

export interface CheckJob extends FileJob {
  /** The configuration that applies, a key of CheckContext.configs. */
  configPath?: string;
  /** Text to check instead of reading `path` (standard input). */
  text?: string;
}

export interface FileOutcome {
  path: string;
  display: string;
  language: Language | undefined;
  /** Every diagnostic, including those in $INCLUDEd files (their `path` says which). */
  diagnostics: EngineDiagnostic[];
  records: number;
  fixesApplied: number;
  filesWritten: number;
  /** Lines for standard error. */
  messages: string[];
  /** Reading or writing failed: exit status 2. */
  ioFailure: boolean;
}

/**
 * Checks one file and, with --fix, writes the fixed text back. Never throws: a read or write failure is
 * an outcome with `ioFailure`, and a file is only written when a fix changed it, its bytes were valid
 * UTF-8 (so decoding lost nothing) and nobody changed it on disk meanwhile.
 */
export function checkFile(job: CheckJob, context: CheckContext): FileOutcome {
  const outcome: FileOutcome = {
    path: job.path,
    display: job.display,
    language: job.language,
    diagnostics: [],
    records: 0,
    fixesApplied: 0,
    filesWritten: 0,
    messages: [],
    ioFailure: false,
  };
  // The bytes as read are kept only for --fix (it compares them with the file before writing): a 50 MB zone's
  // buffer would otherwise stay beside its text for the whole check.
  let bytes: Buffer | undefined;
  let text: string;
  try {
    bytes = job.text !== undefined ? Buffer.from(job.text, 'utf8') : fs.readFileSync(job.path);
    text = job.text ?? bytes.toString('utf8');
    if (!context.fix) bytes = undefined;
  } catch (error) {
    // Includes files too large for one string (V8 caps strings at about 512 MB).
    return fail(outcome, phrase('cli.cannotRead', { path: job.display, detail: errorDetail(error) }, context.locale));
  }
  const settings: Partial<EngineSettings> = { ...(job.configPath ? context.configs[job.configPath] : {}), locale: context.locale };
  try {
    const analyse = (texts: ReadonlyMap<string, string>) =>
      new Analysis({ path: job.path, text: texts.get(job.path)!, language: job.language }, { settings, reader: createFsReader({ overlay: new Map(texts) }) });
    let analysis = analyse(new Map([[job.path, text]]));
    if (context.fix && analysis.diagnostics.some((d) => automaticFix(d))) {
      analysis = analyse(applyFixes(job, text, bytes!, analysis, analyse, outcome, context.locale));
    }
    outcome.language = analysis.language;
    outcome.diagnostics = analysis.diagnostics;
    outcome.records = recordCount(analysis);
  } catch (error) {
    // The engine turns a failing rule into a diagnostic; this only catches a failure of the engine itself.
    outcome.diagnostics = [internalError(job.path, error, context.locale)];
  }
  return outcome;
}

/** Runs fix-all and writes each changed file; returns the texts now on disk, for the final check. */
function applyFixes(
  job: CheckJob,
  text: string,
  bytes: Buffer,
  initial: Analysis,
  analyse: (texts: ReadonlyMap<string, string>) => Analysis,
  outcome: FileOutcome,
  locale: string,
): Map<string, string> {
  const originals = new Map<string, Buffer>([[job.path, bytes]]);
  const read = (path: string) => {
    try {
      const data = fs.readFileSync(path);
      originals.set(path, data);
      return data.toString('utf8');
    } catch {
      return undefined;
    }
  };
  const result = fixAll(new Map([[job.path, text]]), (texts) => analyse(texts).diagnostics, { read, initialDiagnostics: initial.diagnostics });
  const onDisk = new Map([[job.path, text]]);
  if (!result.stable && result.changed.length > 0) {
    outcome.messages.push(phrase('cli.fixUnstable', { path: job.display, passes: result.passes }, locale));
  }
  for (const path of result.changed) {
    const original = originals.get(path)!;
    const display = path === job.path ? job.display : displayPath(path, process.cwd());
    if (!isUtf8(original)) {
      outcome.messages.push(phrase('cli.notUtf8', { path: display }, locale));
      continue;
    }
    try {
      writeFileAtomic(path, Buffer.from(result.texts.get(path)!, 'utf8'), original);
      onDisk.set(path, result.texts.get(path)!);
      outcome.filesWritten++;
    } catch (error) {
      outcome.ioFailure = outcome.ioFailure || !(error instanceof ChangedOnDiskError);
      const key = error instanceof ChangedOnDiskError ? 'cli.changedOnDisk' : 'cli.cannotWrite';
      outcome.messages.push(phrase(key, { path: display, detail: errorDetail(error) }, locale));
    }
  }
  if (outcome.filesWritten > 0) outcome.fixesApplied = result.applied.length;
  return onDisk;
}

function recordCount(analysis: Analysis): number {
  if (analysis.language !== 'zone') return 0;
  const zone = analysis.model as Zone | undefined;
  return zone?.records.length ?? 0;
}

function fail(outcome: FileOutcome, message: string): FileOutcome {
  outcome.messages.push(message);
  outcome.ioFailure = true;
  return outcome;
}

function internalError(path: string, error: unknown, locale: string): EngineDiagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: 'core/internal-error',
    severity: 'error',
    message: ruleMessage('core/internal-error', undefined, { rule: 'engine', error: detail }, locale),
    path,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
    docUrl: docUrlFor('core/internal-error'),
  };
}
