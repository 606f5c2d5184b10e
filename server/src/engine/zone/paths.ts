/** Minimal path arithmetic for include directives; the engine does not import node:path. */

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export function dirname(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  if (cut === 0) return '/';
  return path.slice(0, cut);
}

export function basename(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** Resolves `target` against the directory `base`, folding `.` and `..`. */
export function resolvePath(base: string, target: string): string {
  const joined = isAbsolutePath(target) ? target : `${base.replace(/[\\/]+$/, '')}/${target}`;
  const separator = joined.includes('\\') && !joined.includes('/') ? '\\' : '/';
  const parts = joined.split(/[\\/]/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length > 0)) continue;
    if (part === '..' && out.length > 1) out.pop();
    else if (part !== '..') out.push(part);
  }
  return out.join(separator) || separator;
}
