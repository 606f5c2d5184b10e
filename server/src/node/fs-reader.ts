import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileReader } from '../engine/workspace';

/** Reads files for the engine from disk. Paths are resolved by the engine; this only reads. */
export function createFsReader(options: { root?: string; overlay?: Map<string, string> } = {}): FileReader {
  const { root, overlay } = options;
  const allowed = (p: string) => !root || path.resolve(p).startsWith(path.resolve(root));
  return {
    readText(p) {
      const open = overlay?.get(p);
      if (open !== undefined) return open;
      if (!allowed(p)) return undefined;
      try {
        const stat = fs.statSync(p, { throwIfNoEntry: false });
        if (!stat?.isFile()) return undefined;
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    readBytes(p) {
      if (!allowed(p)) return undefined;
      // Missing files are common (certificate paths of another machine); a thrown ENOENT costs ~15 µs each.
      if (!fs.existsSync(p)) return undefined;
      try {
        return fs.readFileSync(p);
      } catch {
        return undefined;
      }
    },
    glob(pattern) {
      return expandGlob(pattern).filter(allowed);
    },
  };
}

/** Expands `*`, `?` and `[...]` in the last path segments (what nginx's include accepts). */
export function expandGlob(pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) return fs.existsSync(pattern) ? [pattern] : [];
  const parts = path.resolve(pattern).split(path.sep);
  let current = [parts[0] === '' ? path.sep : parts[0]!];
  for (const part of parts.slice(1)) {
    if (!/[*?[]/.test(part)) {
      current = current.map((dir) => path.join(dir, part));
      continue;
    }
    const regex = globSegmentToRegExp(part);
    const next: string[] = [];
    for (const dir of current) {
      let entries: string[] = [];
      try {
        entries = fs.readdirSync(dir);
      } catch {
        continue;
      }
      for (const entry of entries.sort()) if (regex.test(entry)) next.push(path.join(dir, entry));
    }
    current = next;
  }
  return current.filter((p) => fs.existsSync(p));
}

function globSegmentToRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        source += '[' + segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
