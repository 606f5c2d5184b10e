import { lastAtOrBefore } from '../../text/search';
import type { EngineDiagnostic, TextEdit } from '../../diagnostics';
import { internalError, runRules, toDiagnostic, type FileLookup } from '../../lint';
import type { Report, RuleEnv, ZoneRule } from '../../rules/rule';
import { isReportedRule } from '../../rules/rule';
import { LINE_NAMING_RULES, OWNER_COMPANIONS, OWNER_LOCAL_RULES, SUBJECT_RULES } from '../../rules/scopes';
import { concernsOnlyItsOwner, TriggerNames, WIDE_TRIGGERS } from '../../rules/wide-triggers';
import type { SourceFile, Span } from '../../text/source';
import { fileLookup, problemDiagnostics, zoneModelRules } from '../language';
import type { Zone, ZoneRecord } from '../model';
import { ChunkedZone, ChunkFile, type Chunk, type ZoneChange } from './chunked-zone';
import { ownersView, recordsView } from './owners-view';
import { firstSoa } from '../../rules/zone/zone-apex';

const checkedRules = zoneModelRules.filter((rule): rule is ZoneRule => !isReportedRule(rule));
const ownerRules = checkedRules.filter((rule) => OWNER_LOCAL_RULES.has(rule.id));
const zoneWideRules = checkedRules.filter((rule) => !OWNER_LOCAL_RULES.has(rule.id));
const lineNamingRules = ownerRules.filter((rule) => LINE_NAMING_RULES.has(rule.id));
const plainOwnerRules = ownerRules.filter((rule) => !OWNER_COMPANIONS.has(rule.id));
const companionRules = ownerRules.filter((rule) => OWNER_COMPANIONS.has(rule.id));

export interface UpdateStats {
  /** True when everything was checked again (first text, origin, SOA or apex changed). */
  everything: boolean;
  reparsedRecords: number;
  /** Records that read differently after the edit (added, removed or rewritten). */
  changedRecords: number;
  ownersChecked: number;
  wideRulesRun: string[];
}

/**
 * Lints one zone document edit after edit, re-doing only what an edit can change: the chunks whose text
 * changed are parsed again (ChunkedZone), the owner-local rules run again on the owners whose records
 * changed, and the rules that look across owners run on the whole zone, which reuses every unchanged
 * record's parses. The diagnostics equal a full lint of the same text (test/engine/incremental).
 */
export class IncrementalZoneLint {
  private readonly chunks: ChunkedZone;
  /** Parse-problem diagnostics per chunk, in chunk coordinates. */
  private readonly problemsByChunk = new Map<Chunk, EngineDiagnostic[]>();
  /** Owner-local rule diagnostics per owner, in chunk coordinates. */
  private readonly byOwner = new Map<string, EngineDiagnostic[]>();
  /** The last findings of each zone-wide rule, in chunk coordinates. */
  private readonly wide = new Map<string, EngineDiagnostic[]>();
  private readonly names = new TriggerNames();
  /** Whether `names` counts the current zone's records (a whole check leaves that to the first edit). */
  private namesCounted = false;
  private current: Zone | undefined;
  private rerunWide = false;
  /** What the last update re-did: for tests and benchmarks. */
  stats: UpdateStats = { everything: true, reparsedRecords: 0, changedRecords: 0, ownersChecked: 0, wideRulesRun: [] };

  constructor(
    readonly path: string,
    private readonly env: RuleEnv,
    chunkLines?: number,
  ) {
    this.chunks = new ChunkedZone(path, env.workspace.reader, chunkLines);
  }

  get zone(): Zone | undefined {
    return this.current;
  }

  /** The records of the document that start on `line` (0-based), without a parse in document coordinates. */
  recordsOnLine(line: number): ZoneRecord[] {
    const chunk = this.chunkAtLine(line);
    if (!chunk) return [];
    const local = line - chunk.file.lineBase;
    return chunk.parse.records.filter((r) => r.file === chunk.file && chunk.file.positionAt(r.span.start).line === local);
  }

  /**
   * The file of the chunk that holds document `line` (0-based): the last one starting on or before it, so a line
   * before the first chunk gets the first and a line past the end the last. undefined before the first update.
   */
  chunkFileAt(line: number): ChunkFile | undefined {
    return this.chunkAtLine(line)?.file;
  }

  private chunkAtLine(line: number): Chunk | undefined {
    const chunks = this.chunks.chunkList;
    return chunks[lastAtOrBefore(chunks.length, (i) => chunks[i]!.file.lineBase, line)];
  }

  /** The files the zone $INCLUDEs (their own suppression comments apply to them). */
  get includedFiles(): SourceFile[] {
    return (this.current?.files ?? []).filter((f) => f !== this.current?.file && !(f instanceof ChunkFile));
  }

  /**
   * Counts the names the cross-owner rules' triggers look up, if a whole check left them uncounted: the server
   * calls this once the open's diagnostics are out, so neither they nor the first keystroke wait for it.
   */
  prepareForEdits(): void {
    if (this.namesCounted || !this.current) return;
    this.names.reset();
    this.names.update(this.current, [], this.current.records);
    this.namesCounted = true;
  }

  /** Other files of the workspace changed: the next update runs every zone-wide (cross-owner, cross-file) rule. */
  otherFilesChanged(): void {
    this.rerunWide = true;
  }

  /** The diagnostics of `text` (neither sorted nor filtered by suppression comments). */
  update(text: string): EngineDiagnostic[] {
    const change = this.chunks.update(text);
    const zone = change.zone;
    this.current = zone;
    const lookup = fileLookup(zone);
    // Records a $GENERATE makes share the directive's span, and a file included twice gives two records at each
    // place, so findings on them cannot be told apart by place: such a zone is linted whole (the parse stays
    // incremental).
    const everything = change.full || touchesApex(change) || this.chunks.chunkList.some((c) => c.parse.directives.some((d) => d.kind === '$GENERATE' || d.kind === '$INCLUDE'));
    this.stats = { everything, reparsedRecords: change.added.length, changedRecords: change.changed.length, ownersChecked: 0, wideRulesRun: [] };
    for (const chunk of change.droppedChunks) this.problemsByChunk.delete(chunk);
    for (const chunk of everything ? this.chunks.chunkList : change.newChunks) {
      this.problemsByChunk.set(chunk, problemDiagnostics(chunk.parse.problems, zone, this.env, lookup, zone.file));
    }
    if (everything) {
      this.byOwner.clear();
      this.runOwnerRules(ownerRules, zone, zone, lookup);
    } else {
      const owners = new Set<string>();
      for (const record of change.removed) owners.add(record.owner.fqdn);
      for (const record of change.added) owners.add(record.owner.fqdn);
      for (const owner of owners) this.byOwner.delete(owner);
      this.stats.ownersChecked = owners.size;
      if (owners.size > 0) this.runOwnerRules(plainOwnerRules, ownersView(zone, owners), zone, lookup);
      for (const rule of companionRules) this.runWithCompanions(rule, owners, zone, lookup);
      if (change.linesMoved) {
        // Only owners with such a finding name a line; moving lines neither makes nor removes one.
        const naming = this.ownersWith(LINE_NAMING_RULES);
        if (naming.size > 0) {
          this.dropRules(LINE_NAMING_RULES, naming);
          this.runOwnerRules(lineNamingRules, ownersView(zone, naming), zone, lookup);
        }
      }
    }
    return this.documentDiagnostics(this.runWideRules(change, everything, lookup), lookup);
  }

  /** Runs each zone-wide rule the change may concern; the others keep their last findings. */
  private runWideRules(change: ZoneChange, everything: boolean, lookup: FileLookup): EngineDiagnostic[] {
    const zone = change.zone;
    const stale = staleChunkPaths(change);
    const names = this.names;
    const rerun = everything || this.rerunWide;
    this.rerunWide = false;
    if (everything) {
      // Every rule runs: no trigger is asked, and the names are counted when an edit first needs them.
      names.reset();
      this.namesCounted = false;
    } else if (this.namesCounted) names.update(zone, change.removed, change.added);
    else this.prepareForEdits();
    const out: EngineDiagnostic[] = [];
    for (const rule of zoneWideRules) {
      const kept = this.wide.get(rule.id);
      const trigger = WIDE_TRIGGERS.get(rule.id);
      const relevant = rerun || trigger === undefined ? [] : change.changed.filter((record) => trigger(record, names));
      const usable = !rerun && kept !== undefined && trigger !== undefined;
      const staleKept = usable && kept.some((d) => stale.has(d.path) || d.fixes.some((fix) => fix.edits.some((edit) => stale.has(edit.path))));
      // A kept finding whose fix reaches into a re-parsed or neighbouring chunk must be made anew by a full run.
      const staleFix = usable && kept.some((d) => d.fixes.some((fix) => fix.edits.some((edit) => stale.has(edit.path) && edit.path !== d.path)));
      let diagnostics: EngineDiagnostic[];
      if (usable && !staleKept && relevant.length === 0) diagnostics = kept;
      else if (usable && !staleFix && SUBJECT_RULES.has(rule.id) && relevant.every((record) => concernsOnlyItsOwner(record, names))) {
        diagnostics = this.rerunOnReparsed(rule, kept, change, lookup);
        this.stats.wideRulesRun.push(`${rule.id} (re-parsed records)`);
      } else {
        diagnostics = runRules([rule], zone, this.env, lookup, zone.file);
        this.stats.wideRulesRun.push(rule.id);
      }
      this.wide.set(rule.id, diagnostics);
      out.push(...diagnostics);
    }
    return out;
  }

  private ownersWith(ids: ReadonlySet<string>): Set<string> {
    const owners = new Set<string>();
    for (const [owner, list] of this.byOwner) if (list.some((d) => ids.has(d.rule))) owners.add(owner);
    return owners;
  }

  private dropRules(ids: ReadonlySet<string>, owners: ReadonlySet<string>): void {
    for (const owner of owners) {
      const list = this.byOwner.get(owner);
      if (!list) continue;
      const kept = list.filter((d) => !ids.has(d.rule));
      if (kept.length === 0) this.byOwner.delete(owner);
      else if (kept.length < list.length) this.byOwner.set(owner, kept);
    }
  }

  /**
   * A SUBJECT_RULES rule after an edit that concerns only the changed records' own findings: it runs on the
   * re-parsed records alone (looking any name up in the whole zone), and every finding outside the re-parsed
   * chunks is kept.
   */
  private rerunOnReparsed(rule: ZoneRule, kept: EngineDiagnostic[], change: ZoneChange, lookup: FileLookup): EngineDiagnostic[] {
    const dropped = new Set(change.droppedChunks.map((c) => c.file.path));
    const others = kept.filter((d) => !dropped.has(d.path));
    const fresh = runRules([rule], recordsView(change.zone, change.added), this.env, lookup, change.zone.file);
    return [...others, ...fresh];
  }

  /**
   * A rule that also reads its owners' companion names: it runs for the changed owners and for the owners whose
   * companions changed, on a view that holds their companions' records too, and keeps only its findings on them.
   */
  private runWithCompanions(rule: ZoneRule, changed: ReadonlySet<string>, zone: Zone, lookup: FileLookup): void {
    const companions = OWNER_COMPANIONS.get(rule.id)!;
    const owners = new Set(changed);
    for (const name of changed) {
      const owner = companions.ownerOf(name);
      if (owner !== undefined && zone.byOwner.has(owner)) owners.add(owner);
    }
    if (owners.size === 0) return;
    this.dropRules(new Set([rule.id]), owners);
    const names = new Set(owners);
    for (const owner of owners) for (const name of companions.namesFor(owner, zone.origin)) names.add(name);
    this.runOwnerRules([rule], ownersView(zone, names), zone, lookup, owners);
  }

  private runOwnerRules(rules: readonly ZoneRule[], view: Zone, zone: Zone, lookup: FileLookup, keep?: ReadonlySet<string>): void {
    this.byOwner.delete(''); // findings no record could be found for (none expected): never kept stale
    const locate = recordLocator(view.records);
    for (const rule of rules) {
      if (this.env.settings.rules[rule.id] === 'off') continue;
      const report: Report = (finding) => {
        const full = { ...finding, rule: finding.rule ?? rule.id };
        const diagnostic = toDiagnostic(full, this.env, lookup, zone.file);
        if (!diagnostic) return;
        const owner = locate(finding.path ?? zone.file.path, finding.span)?.owner.fqdn ?? '';
        if (keep && !keep.has(owner)) return;
        const list = this.byOwner.get(owner);
        if (list) list.push(diagnostic);
        else this.byOwner.set(owner, [diagnostic]);
      };
      try {
        rule.check(view, report, this.env);
      } catch (error) {
        const list = this.byOwner.get('') ?? [];
        list.push(internalError(rule.id, error, this.env, zone.file));
        this.byOwner.set('', list);
      }
    }
  }

  /** Every diagnostic moved from chunk coordinates to the document's. */
  private documentDiagnostics(wide: EngineDiagnostic[], lookup: FileLookup): EngineDiagnostic[] {
    const lineBase = (path: string) => {
      const file = lookup(path);
      return file instanceof ChunkFile ? file.lineBase : undefined;
    };
    const toDocument = (d: EngineDiagnostic): EngineDiagnostic => {
      const base = lineBase(d.path);
      const fixes = d.fixes.some((fix) => fix.edits.some((edit) => lineBase(edit.path) !== undefined))
        ? d.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => moveEdit(edit, lineBase(edit.path), this.path)) }))
        : d.fixes;
      if (base === undefined && fixes === d.fixes) return d;
      return { ...d, path: base === undefined ? d.path : this.path, range: base === undefined ? d.range : shift(d.range, base), fixes };
    };
    const out: EngineDiagnostic[] = [];
    for (const chunk of this.chunks.chunkList) for (const d of this.problemsByChunk.get(chunk) ?? []) out.push(toDocument(d));
    for (const list of this.byOwner.values()) for (const d of list) out.push(toDocument(d));
    for (const d of wide) out.push(toDocument(d));
    return out;
  }
}

/**
 * Chunks whose findings a rule must make anew: the re-parsed ones, and their neighbours (a fix that deletes a
 * record looks at the records before and after it).
 */
function staleChunkPaths(change: ZoneChange): Set<string> {
  const stale = new Set(change.droppedChunks.map((c) => c.file.path));
  for (const chunk of change.neighbours) stale.add(chunk.file.path);
  return stale;
}

/** Apex records (SOA, the origin's NS and DMARC, the first record) feed many rules' context: a change there re-lints everything. */
function touchesApex(change: ZoneChange): boolean {
  const apex = change.zone.origin;
  const soaOwner = firstSoa(change.zone)?.owner.fqdn;
  const touches = (record: ZoneRecord) =>
    record.index === 0 ||
    record.type === 'SOA' ||
    record.owner.fqdn === apex ||
    record.owner.fqdn === soaOwner ||
    record.owner.fqdn === '_dmarc.' + apex ||
    record.type === 'DNAME';
  return change.removed.some(touches) || change.added.some(touches) || change.droppedChunks.some((c) => c.parse.directives.length > 0) || change.newChunks.some((c) => c.parse.directives.length > 0);
}

function shift<T extends { start: { line: number; character: number }; end: { line: number; character: number } }>(range: T, base: number): T {
  if (base === 0) return range;
  return { ...range, start: { line: range.start.line + base, character: range.start.character }, end: { line: range.end.line + base, character: range.end.character } };
}

function moveEdit(edit: TextEdit, base: number | undefined, path: string): TextEdit {
  return base === undefined ? edit : { ...edit, path, range: shift(edit.range, base) };
}

/** Finds the record of `records` a finding's span lies in (the last one starting at or before it in its file). */
function recordLocator(records: readonly ZoneRecord[]): (path: string, span: Span) => ZoneRecord | undefined {
  // Built at the first finding: most runs find nothing, and the whole zone is 100,000 records.
  let byFile: Map<string, ZoneRecord[]> | undefined;
  const index = () => {
    const groups = new Map<string, ZoneRecord[]>();
    for (const record of records) {
      const list = groups.get(record.file.path);
      if (list) list.push(record);
      else groups.set(record.file.path, [record]);
    }
    // A file included twice interleaves two copies of its records.
    for (const list of groups.values()) list.sort((a, b) => a.span.start - b.span.start);
    return groups;
  };
  return (path, span) => {
    const list = (byFile ??= index()).get(path);
    if (!list || list.length === 0) return undefined;
    return list[lastAtOrBefore(list.length, (i) => list[i]!.span.start, span.start)];
  };
}

