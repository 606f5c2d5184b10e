import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../engine/languages';
import { Analysis } from '../engine/service';
import { MappedText } from '../engine/text/mapped-text';
import { SourceFile } from '../engine/text/source';
import type { FileReader, WorkspaceIndex } from '../engine/workspace';
import { singleZoneWorkspace } from '../engine/workspace';
import { withTrailingDot } from '../engine/zone/names';
import type { Span } from '../engine/text/source';
import type { Zone, ZoneRecord } from '../engine/zone/model';

const MAX_FILES = 20_000;
const MAX_DEPTH = 12;
/**
 * Records kept in zone summaries across the whole workspace. Past it the least recently used summaries are
 * dropped (the most recent one is always kept, however large), and rebuilt from the file when a lookup
 * needs them again. At about 600–700 bytes a summary record, 150,000 records are about 100 MB of heap; a
 * hosting provider's 1,000 small zones (30,000 records) take about 20 MB.
 */
export const SUMMARY_RECORD_BUDGET = 150_000;
/** RFC 8461 §3.3 recommends 64 KB as the largest policy senders accept: larger texts are not kept. */
const MAX_POLICY_CHARS = 65_536;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

interface ZoneEntry {
  path: string;
  /** Origin guessed from $ORIGIN in the head of the file or from its name; replaced by the parsed origin. */
  origin: string | undefined;
}

/** Answered with WorkspaceIndexStats and the server's `heapUsed` (bytes). */
export const WORKSPACE_INDEX_STATS_REQUEST = 'mailzone/workspaceIndexStats';

/** What the index holds, for tests and the server's `mailzone/workspaceIndexStats` request. */
export interface WorkspaceIndexStats {
  zoneFiles: number;
  policies: number;
  /** Zone files whose summary is in memory now. */
  summaries: number;
  /** Records in those summaries (bounded by SUMMARY_RECORD_BUDGET). */
  summaryRecords: number;
  /** Whole files read and parsed to build summaries since the server started. */
  zoneReads: number;
}

/**
 * The zone files and MTA-STS policies of the workspace folders, for cross-file lookups: an SPF include or
 * redirect into another zone, a DMARC report authorisation at the destination's zone, go to definition of a
 * name another file owns, the MTA-STS policy of a domain (its text is kept once read: 64 KB at most).
 *
 * Listing a folder keeps one small entry per zone file (path and origin, from the file's first 4 KB) and
 * nothing per other file; origins are keyed so a lookup walks the labels of the name instead of every file.
 * A zone is read and parsed the first time a lookup needs it, and only its summary is kept: every record's
 * owner, type and position (for the CNAME, delegation and wildcard checks and go to definition), the decoded
 * text of SPF and DMARC TXT records and of report authorisations, and the line starts of the file — not its
 * text, its tokens, its other record data or its parse problems. Later lookups answer from the summary
 * without reading the file again, until a change event (the editor, the file watcher) drops it. Summaries
 * are kept within SUMMARY_RECORD_BUDGET records, least recently used first out.
 */
export class ServerWorkspaceIndex implements WorkspaceIndex {
  private readonly zones = new Map<string, ZoneEntry>();
  private readonly byOrigin = new Map<string, Set<ZoneEntry>>();
  private readonly policies = new Set<string>();
  /** Policy texts read so far (64 KB at most each), dropped when the file changes. */
  private readonly policyTexts = new Map<string, string>();
  /** Summaries by path, least recently used first. */
  private readonly summaries = new Map<string, Zone>();
  private summaryRecords = 0;
  private zoneReads = 0;

  constructor(
    readonly reader: FileReader,
    private readonly openText: (path: string) => string | undefined = () => undefined,
    private readonly recordBudget = SUMMARY_RECORD_BUDGET,
  ) {}

  /** Lists the zone files and policies under `roots`. */
  scan(roots: readonly string[]): void {
    let budget = MAX_FILES;
    const walk = (dir: string, depth: number) => {
      if (depth > MAX_DEPTH || budget <= 0) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (budget <= 0) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) walk(full, depth + 1);
        else if (entry.isFile()) {
          budget--;
          this.fileChanged(full);
        }
      }
    };
    for (const root of roots) walk(root, 0);
  }

  /** A file was created, changed or opened: (re)classify it and drop its summary. */
  fileChanged(file: string): void {
    this.dropSummary(file);
    this.policyTexts.delete(file);
    const name = path.basename(file);
    if (name.toLowerCase() === 'mta-sts.txt') {
      this.policies.add(file);
      return;
    }
    const nameSaysZone = detectLanguage(file) === 'zone';
    if (!nameSaysZone && !/\.db$/i.test(name)) return;
    const text = this.openText(file);
    const start = text === undefined ? head(file) : text.slice(0, 4096);
    if (start === undefined || detectLanguage(file, start) !== 'zone') {
      this.removeZone(file);
      return;
    }
    this.setZone(file, originDirective(start) ?? originFromFileName(name));
  }

  fileDeleted(file: string): void {
    this.removeZone(file);
    this.policies.delete(file);
    this.policyTexts.delete(file);
    this.dropSummary(file);
  }

  get zoneCount(): number {
    return this.zones.size;
  }

  stats(): WorkspaceIndexStats {
    return {
      zoneFiles: this.zones.size,
      policies: this.policies.size,
      summaries: this.summaries.size,
      summaryRecords: this.summaryRecords,
      zoneReads: this.zoneReads,
    };
  }

  /** The summary of the zone whose origin is the longest suffix of `fqdn` (its records, as far as kept). */
  zoneFor(fqdn: string): Zone | undefined {
    const name = absolute(fqdn);
    for (let suffix = name; ; suffix = parentOf(suffix)) {
      const entries = this.byOrigin.get(suffix);
      // A parse may correct an entry's origin and so move it between the sets: iterate over a copy.
      if (entries) {
        for (const entry of [...entries]) {
          const zone = this.summaryOf(entry);
          if (zone && isAtOrBelow(name, zone.origin)) return zone;
        }
      }
      if (suffix === '.') return undefined;
    }
  }

  mtaStsPolicyFor(domain: string): { path: string; text: string } | undefined {
    const bare = domain.replace(/\.$/, '').toLowerCase();
    for (const policy of this.policies) {
      const segments = policy.toLowerCase().split(/[\\/]/);
      if (!segments.includes(bare) && !segments.includes(`mta-sts.${bare}`)) continue;
      let text = this.policyTexts.get(policy);
      if (text === undefined) {
        text = this.reader.readText(policy);
        // Kept when it is the size of a policy; anything larger is read again each time rather than held.
        if (text !== undefined && text.length <= MAX_POLICY_CHARS) this.policyTexts.set(policy, text);
      }
      if (text !== undefined) return { path: policy, text };
    }
    return undefined;
  }

  private setZone(file: string, origin: string | undefined): void {
    const existing = this.zones.get(file);
    if (existing && existing.origin === origin) return;
    if (existing) this.removeZone(file);
    const entry: ZoneEntry = { path: file, origin };
    this.zones.set(file, entry);
    this.keyByOrigin(entry);
  }

  private removeZone(file: string): void {
    const entry = this.zones.get(file);
    if (!entry) return;
    this.zones.delete(file);
    this.unkeyByOrigin(entry);
  }

  private keyByOrigin(entry: ZoneEntry): void {
    if (entry.origin === undefined) return;
    let set = this.byOrigin.get(entry.origin);
    if (!set) this.byOrigin.set(entry.origin, (set = new Set()));
    set.add(entry);
  }

  private unkeyByOrigin(entry: ZoneEntry): void {
    if (entry.origin === undefined) return;
    const set = this.byOrigin.get(entry.origin);
    set?.delete(entry);
    if (set?.size === 0) this.byOrigin.delete(entry.origin);
  }

  private summaryOf(entry: ZoneEntry): Zone | undefined {
    const cached = this.summaries.get(entry.path);
    if (cached) {
      // Most recently used last.
      this.summaries.delete(entry.path);
      this.summaries.set(entry.path, cached);
      return cached;
    }
    const text = this.reader.readText(entry.path);
    if (text === undefined) return undefined;
    this.zoneReads++;
    const analysis = new Analysis({ path: entry.path, text, language: 'zone' }, { workspace: singleZoneWorkspace(this.reader) });
    const model = analysis.model as Zone | undefined;
    if (!model) return undefined;
    const summary = summarizeZone(model);
    if (summary.origin !== entry.origin) {
      this.unkeyByOrigin(entry);
      entry.origin = summary.origin;
      this.keyByOrigin(entry);
    }
    this.summaries.set(entry.path, summary);
    this.summaryRecords += summary.records.length;
    for (const [file, zone] of this.summaries) {
      if (this.summaryRecords <= this.recordBudget || file === entry.path) break;
      this.dropSummary(file, zone);
    }
    return summary;
  }

  private dropSummary(file: string, zone = this.summaries.get(file)): void {
    if (!zone) return;
    this.summaries.delete(file);
    this.summaryRecords -= zone.records.length;
  }
}

/**
 * A source file reduced to its path and line starts: positions of a summary's records without the text.
 * Offsets past the recorded length are clamped the way SourceFile clamps them.
 */
class LineIndex extends SourceFile {
  constructor(
    path: string,
    private readonly starts: Uint32Array,
    private readonly length: number,
  ) {
    super(path, '');
  }

  override get lineStarts(): Uint32Array {
    return this.starts;
  }

  protected override get textLength(): number {
    return this.length;
  }
}

/** TXT values cross-file lookups read: SPF records (includes, redirects) and DMARC records (report authorisations). */
const LOOKED_UP_TXT = /^\s*v\s*=\s*(spf1|dmarc1)\b/i;

/**
 * What the index keeps of a parsed zone (see ServerWorkspaceIndex): a Zone with every record's owner, type,
 * class and TTL, the span of the record and of its owner, the decoded text of SPF/DMARC TXT records and of
 * any TXT under `_report._dmarc`, and line starts instead of file texts. The spans of the type and the rdata
 * are the record's own (the TTL, class and parenthesis spans are left out): cross-file lookups and go to
 * definition read only the record's and the owner's. Strings are copied, so that no slice of the file's text
 * stays alive. About 600 bytes of heap a record.
 */
export function summarizeZone(zone: Zone): Zone {
  const files = new Map<SourceFile, SourceFile>();
  const fileOf = (source: SourceFile) => {
    let slim = files.get(source);
    if (!slim) files.set(source, (slim = new LineIndex(copy(source.path), source.lineStarts, source.text.length)));
    return slim;
  };
  const names = new Map<string, string>();
  const name = (text: string) => {
    let kept = names.get(text);
    if (kept === undefined) names.set(text, (kept = copy(text)));
    return kept;
  };
  const records: ZoneRecord[] = [];
  const byOwner = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    const fqdn = name(record.owner.fqdn);
    const keepTxt = record.txt !== undefined && (LOOKED_UP_TXT.test(record.txt.value.value) || fqdn.includes('._report._dmarc.'));
    const whole = span(record.span);
    const ownerSpan = span(record.ownerSpan);
    const slim: ZoneRecord = {
      file: fileOf(record.file),
      span: whole,
      owner: { text: '', span: ownerSpan, fqdn, relative: record.owner.relative },
      ownerSpan,
      ownerInherited: record.ownerInherited,
      ttl: record.ttl,
      ttlSpan: undefined,
      effectiveTtl: record.effectiveTtl,
      classSpan: undefined,
      rrclass: name(record.rrclass),
      type: name(record.type),
      typeSpan: whole,
      rdata: [],
      rdataSpan: whole,
      typed: undefined,
      txt: keepTxt ? { strings: record.txt!.strings.map((s) => ({ span: span(s.span), quoted: s.quoted, octets: s.octets })), value: copyMapped(record.txt!.value) } : undefined,
      parens: undefined,
      index: records.length,
    };
    records.push(slim);
    const list = byOwner.get(fqdn);
    if (list) list.push(slim);
    else byOwner.set(fqdn, [slim]);
  }
  return {
    file: fileOf(zone.file),
    files: zone.files.map(fileOf),
    origin: name(zone.origin),
    originKnown: zone.originKnown,
    records,
    directives: [],
    comments: [],
    problems: [],
    byOwner,
  };
}

/** A span of its own: the parser's may be a token, with a slice of the text in it. */
function span(from: Span): Span {
  return { start: from.start, end: from.end };
}

/** A flat copy of `text`: a slice of a file's text would keep the whole text alive. */
function copy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

function copyMapped(value: MappedText): MappedText {
  return Object.assign(Object.create(MappedText.prototype) as MappedText, value, { value: copy(value.value) });
}

/** The first 4 KB of a file, read without loading the whole of a large zone. */
function head(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(4096);
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function originDirective(head: string): string | undefined {
  const match = /^\$ORIGIN\s+(\S+)/im.exec(head);
  return match ? absolute(match[1]!) : undefined;
}

/** `db.example.com`, `example.com.zone`, `example.com.db`, `example.com` → `example.com.` */
export function originFromFileName(name: string): string | undefined {
  const stem = name.replace(/^db\./i, '').replace(/\.(zone|dns|db|hosts|rev)$/i, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(stem) ? absolute(stem) : undefined;
}

function absolute(name: string): string {
  return withTrailingDot(name.toLowerCase());
}

function isAtOrBelow(name: string, origin: string): boolean {
  return origin === '.' || name === origin || name.endsWith('.' + origin);
}

function parentOf(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 || dot === name.length - 1 ? '.' : name.slice(dot + 1);
}
