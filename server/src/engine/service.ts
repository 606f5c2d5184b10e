import type { CompletionItem, Hover, Location, Position } from 'vscode-languageserver-types';
import type { EngineDiagnostic, Language } from './diagnostics';
import { ruleMessage } from './catalog/catalogue';
import { docUrlFor } from './diagnostics';
import { sortDiagnostics } from './lint';
import { detectLanguage, languageService, type LanguageService } from './languages';
import type { RuleEnv } from './rules/rule';
import { defaultSettings, type EngineSettings } from './settings';
import { applySuppressions } from './suppression/apply';
import { includedSources } from './suppression/included-files';
import { SourceFile } from './text/source';
import { emptyReader, singleZoneWorkspace, type FileReader, type WorkspaceIndex } from './workspace';
import { chunkPlace, completionsInDocument, hoverInDocument, type ChunkPlace } from './zone/incremental/chunk-features';
import type { IncrementalZoneLint } from './zone/incremental/session';
import type { Zone, ZoneRecord } from './zone/model';
import './register';

export interface CheckInput {
  path: string;
  text: string;
  /** Forces the language; otherwise it is detected from the path and text. */
  language?: Language;
}

export interface CheckOptions {
  settings?: Partial<EngineSettings>;
  reader?: FileReader;
  workspace?: WorkspaceIndex;
  /**
   * For a zone edited keystroke after keystroke: the document's incremental lint, which this analysis
   * updates to its text instead of linting from scratch (same diagnostics, a fraction of the work).
   */
  incremental?: IncrementalZoneLint;
}

export interface CheckResult {
  path: string;
  language: Language | undefined;
  diagnostics: EngineDiagnostic[];
}

/**
 * One document, parsed once: the LSP server keeps one per open document version and asks it for
 * diagnostics, hovers, completions, … The CLI makes one per file and asks for diagnostics only.
 */
export class Analysis {
  readonly file: SourceFile;
  readonly env: RuleEnv;
  readonly language: Language | undefined;
  private readonly service: LanguageService | undefined;
  private modelCache: unknown;
  private diagnosticsCache: EngineDiagnostic[] | undefined;
  /** How long working out the diagnostics took (the parse included), once they are known. */
  checkMilliseconds: number | undefined;
  /** Set when the file is not checked at all (binary). */
  private readonly skipped: EngineDiagnostic | undefined;
  private readonly incremental: IncrementalZoneLint | undefined;

  constructor(input: CheckInput, options: CheckOptions = {}) {
    const settings = defaultSettings(options.settings);
    this.file = new SourceFile(input.path, input.text);
    this.env = { settings, workspace: options.workspace ?? singleZoneWorkspace(options.reader ?? emptyReader) };
    this.language = input.language ?? detectLanguage(input.path, input.text);
    this.service = this.language ? languageService(this.language) : undefined;
    if (this.language === 'zone') this.incremental = options.incremental;
    const binaryAt = input.text.indexOf('\u0000');
    if (binaryAt >= 0) this.skipped = fileLevel(this.file, 'core/binary-file', { offset: binaryAt }, settings);
  }

  get model(): unknown {
    if (this.modelCache === undefined && this.service && !this.skipped) this.modelCache = this.service.parse(this.file, this.env);
    return this.modelCache;
  }

  get diagnostics(): EngineDiagnostic[] {
    if (!this.diagnosticsCache) {
      const started = performance.now();
      if (this.skipped) this.diagnosticsCache = [this.skipped];
      else if (!this.service) this.diagnosticsCache = [];
      else if (this.incremental) {
        const found = this.incremental.update(this.file.text);
        this.diagnosticsCache = sortDiagnostics(applySuppressions(found, this.file, this.language, this.env, this.incremental.includedFiles));
      } else {
        const found = this.service.lint(this.model, this.file, this.env);
        this.diagnosticsCache = sortDiagnostics(applySuppressions(found, this.file, this.language, this.env, includedSources(this.model)));
      }
      this.checkMilliseconds = performance.now() - started;
    }
    return this.diagnosticsCache;
  }

  hover(position: Position): Hover | undefined {
    if (!this.service?.hover || this.skipped) return undefined;
    const place = this.chunkPlace(position);
    if (place) return hoverInDocument(this.service.hover(place.zone, place.file, place.offset, this.env), place.file);
    return this.service.hover(this.model, this.file, this.file.offsetAt(position), this.env);
  }

  complete(position: Position): CompletionItem[] {
    if (!this.service?.complete || this.skipped) return [];
    const place = this.chunkPlace(position);
    if (place) return completionsInDocument(this.service.complete(place.zone, place.file, place.offset, this.env), place.file);
    return this.service.complete(this.model, this.file, this.file.offsetAt(position), this.env);
  }

  /** After a whole check of an incrementally linted zone: what only an edit needs is prepared now. */
  prepareForEdits(): void {
    this.incremental?.prepareForEdits();
  }

  /** Locations with file paths in `uri`. */
  definition(position: Position): Location[] {
    if (!this.service?.definition || this.skipped) return [];
    const place = this.chunkPlace(position);
    if (place) return this.service.definition(place.zone, place.file, place.offset, this.env);
    return this.service.definition(this.model, this.file, this.file.offsetAt(position), this.env);
  }

  /**
   * For an incrementally linted zone, where `position` is in its chunks: hover, completion and definition run
   * there instead of on `model`, which would parse the whole document again. undefined otherwise (and when the
   * lint has moved on to another text, a request on an older version).
   */
  private chunkPlace(position: Position): ChunkPlace | undefined {
    if (!this.incremental) return undefined;
    const zone = this.lintedZone;
    if (!zone || zone !== this.incremental.zone || zone.file.text !== this.file.text) return undefined;
    return chunkPlace(this.incremental, zone, position);
  }

  /**
   * The model for the features that read the whole document in document coordinates (outline, folding, links):
   * for an incrementally linted zone the linted one (asked for after every edit, it must not parse the text
   * again), otherwise `model`.
   */
  get outlineModel(): unknown {
    return this.incremental ? this.lintedZone : this.model;
  }

  /**
   * The zone the diagnostics were computed on, without a second parse: for an incrementally linted document its
   * records live in chunk files (read positions through `record.file`); otherwise the model.
   */
  get lintedZone(): Zone | undefined {
    if (this.language !== 'zone' || this.skipped) return undefined;
    if (this.incremental) {
      void this.diagnostics;
      if (this.incremental.zone) return this.incremental.zone;
    }
    return this.model as Zone | undefined;
  }

  /**
   * The zone records that start on `line` of the document (0-based), and the zone's origin; cheap for an
   * incrementally linted document, where `model` would parse the whole text again.
   */
  zoneRecordsOnLine(line: number): { origin: string; records: ZoneRecord[] } | undefined {
    const zone = this.lintedZone;
    if (!zone) return undefined;
    const records =
      this.incremental?.zone === zone
        ? this.incremental.recordsOnLine(line)
        : zone.records.filter((r) => r.file === zone.file && zone.file.positionAt(r.span.start).line === line);
    return { origin: zone.origin, records };
  }

  get languageService(): LanguageService | undefined {
    return this.skipped ? undefined : this.service;
  }
}

/** The facade's simplest entry: lint one document with every rule of its language. */
export function checkDocument(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const analysis = new Analysis(input, options);
  return { path: input.path, language: analysis.language, diagnostics: analysis.diagnostics };
}

function fileLevel(file: SourceFile, rule: string, args: Record<string, string | number>, settings: EngineSettings): EngineDiagnostic {
  return {
    rule,
    severity: 'info',
    message: ruleMessage(rule, undefined, args, settings.locale),
    path: file.path,
    range: { start: { line: 0, character: 0 }, end: file.positionAt(file.lineEnd(0)) },
    fixes: [],
    docUrl: docUrlFor(rule),
  };
}
