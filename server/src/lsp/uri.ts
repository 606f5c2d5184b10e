import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The engine names files by path; LSP names them by URI. `file:` URIs map to file-system paths; any other
 * URI (an untitled buffer, a remote scheme) is kept as it is and used as the engine's "path", so its
 * diagnostics still round-trip, and it never matches a file on disk.
 */
export function uriToPath(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function pathToUri(path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return path;
  return pathToFileURL(path).href;
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}
