import type { FileReader } from '../workspace';
import { CONFIG_FILE_NAME } from './mailzone-config';

export interface FoundConfig {
  path: string;
  text: string;
}

/**
 * The `.mailzone.json` that applies to `filePath`: the nearest one in its directory or a parent, stopping
 * at `stopAt` (the workspace root) when given. Reads through `reader`, so the CLI and the server (which may
 * hold an unsaved copy) find it the same way.
 */
export function findConfig(filePath: string, reader: FileReader, stopAt?: string): FoundConfig | undefined {
  const separator = filePath.includes('\\') && !filePath.includes('/') ? '\\' : '/';
  const stop = stopAt === undefined ? undefined : trimSeparators(stopAt);
  let dir = parentOf(filePath);
  for (let depth = 0; dir !== undefined && depth < 256; depth++) {
    const candidate = /[\\/]$/.test(dir) ? dir + CONFIG_FILE_NAME : `${dir}${separator}${CONFIG_FILE_NAME}`;
    const text = reader.readText(candidate);
    if (text !== undefined) return { path: candidate, text };
    if (stop !== undefined && trimSeparators(dir) === stop) return undefined;
    dir = parentOf(dir);
  }
  return undefined;
}

/** The directory holding `path`, or undefined at the root. Handles `/` and `\` and drive letters. */
export function parentOf(path: string): string | undefined {
  const trimmed = trimSeparators(path);
  if (/^([A-Za-z]:)?[\\/]$/.test(trimmed)) return undefined;
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return undefined;
  if (cut === 0) return trimmed.length > 1 ? trimmed[0] : undefined;
  const parent = trimmed.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? parent + trimmed[cut] : parent;
}

function trimSeparators(path: string): string {
  if (path === '/' || path === '\\' || /^[A-Za-z]:[\\/]$/.test(path)) return path;
  return path.replace(/[\\/]+$/, '');
}
