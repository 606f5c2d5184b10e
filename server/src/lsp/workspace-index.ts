import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../engine/languages';
import { Analysis } from '../engine/service';
import type { FileReader, WorkspaceIndex } from '../engine/workspace';
import { singleZoneWorkspace } from '../engine/workspace';
import type { Zone } from '../engine/zone/model';

const MAX_FILES = 20_000;
const MAX_DEPTH = 12;
const PARSED_CACHE_SIZE = 64;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

interface ZoneEntry {
  path: string;
  /** Origin guessed from $ORIGIN in the head of the file or from its name; replaced by the parsed origin. */
  origin: string | undefined;
}

/**
 * The zone files and MTA-STS policies of the workspace folders, for cross-file lookups (an SPF include of a
 * zone in another file, DMARC report authorisations). Files are listed once; a zone is parsed only when a
 * lookup needs it, and a bounded number of parsed zones is kept.
 */
export class ServerWorkspaceIndex implements WorkspaceIndex {
  private readonly zones = new Map<string, ZoneEntry>();
  private readonly policies = new Set<string>();
  private readonly parsed = new Map<string, Zone>();

  constructor(
    readonly reader: FileReader,
    private readonly openText: (path: string) => string | undefined = () => undefined,
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

  /** A file was created, changed or opened: (re)classify it and drop its parsed model. */
  fileChanged(file: string): void {
    this.parsed.delete(file);
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
      this.zones.delete(file);
      return;
    }
    this.zones.set(file, { path: file, origin: originDirective(start) ?? originFromFileName(name) });
  }

  fileDeleted(file: string): void {
    this.zones.delete(file);
    this.policies.delete(file);
    this.parsed.delete(file);
  }

  get zoneCount(): number {
    return this.zones.size;
  }

  zoneFor(fqdn: string): Zone | undefined {
    const name = absolute(fqdn);
    const candidates = [...this.zones.values()]
      .filter((entry) => entry.origin !== undefined && isAtOrBelow(name, entry.origin))
      .sort((a, b) => b.origin!.length - a.origin!.length);
    for (const entry of candidates) {
      const zone = this.parse(entry);
      if (zone && isAtOrBelow(name, zone.origin)) return zone;
    }
    return undefined;
  }

  mtaStsPolicyFor(domain: string): { path: string; text: string } | undefined {
    const bare = domain.replace(/\.$/, '').toLowerCase();
    for (const policy of this.policies) {
      const segments = policy.toLowerCase().split(/[\\/]/);
      if (!segments.includes(bare) && !segments.includes(`mta-sts.${bare}`)) continue;
      const text = this.reader.readText(policy);
      if (text !== undefined) return { path: policy, text };
    }
    return undefined;
  }

  private parse(entry: ZoneEntry): Zone | undefined {
    const cached = this.parsed.get(entry.path);
    if (cached) return cached;
    const text = this.reader.readText(entry.path);
    if (text === undefined) return undefined;
    const analysis = new Analysis(
      { path: entry.path, text, language: 'zone' },
      { workspace: singleZoneWorkspace(this.reader) },
    );
    const zone = analysis.model as Zone | undefined;
    if (!zone) return undefined;
    entry.origin = zone.origin;
    if (this.parsed.size >= PARSED_CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(entry.path, zone);
    return zone;
  }

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
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower : lower + '.';
}

function isAtOrBelow(name: string, origin: string): boolean {
  return origin === '.' || name === origin || name.endsWith('.' + origin);
}
