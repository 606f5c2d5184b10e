import * as path from 'node:path';
import type { FileReader } from '../engine/workspace';
import { createFsReader } from '../node/fs-reader';

export interface ReaderOptions {
  /** Text of a file open in the editor (unsaved edits win over the disk). */
  openText(path: string): string | undefined;
  /** When set, only files under these folders are read (untrusted workspaces). */
  roots?: readonly string[];
}

/** The server's view of files for the engine: open documents first, then the disk. */
export function createServerReader(options: ReaderOptions): FileReader {
  const disk = createFsReader();
  const allowed = (p: string) => !options.roots || options.roots.some((root) => isInside(p, root));
  return {
    readText(p) {
      const open = options.openText(p);
      if (open !== undefined) return open;
      return allowed(p) ? disk.readText(p) : undefined;
    },
    readBytes(p) {
      return allowed(p) ? disk.readBytes?.(p) : undefined;
    },
    glob(pattern) {
      return (disk.glob?.(pattern) ?? []).filter(allowed);
    },
  };
}

export function isInside(file: string, root: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
