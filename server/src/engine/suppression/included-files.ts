import { SourceFile } from '../text/source';

/**
 * The files a parsed model read besides the checked one ($INCLUDE, nginx `include`), so that their own
 * suppression comments apply to them. Models list them as `files`: the zone model as SourceFiles, the
 * nginx model as a map of files that each hold their `source`. Anything else yields none.
 */
export function includedSources(model: unknown): SourceFile[] {
  if (!model || typeof model !== 'object' || !('files' in model)) return [];
  const files = (model as { files: unknown }).files;
  const list: unknown[] = files instanceof Map ? [...files.values()] : Array.isArray(files) ? files : [];
  const out: SourceFile[] = [];
  for (const entry of list) {
    if (entry instanceof SourceFile) out.push(entry);
    else if (entry && typeof entry === 'object' && 'source' in entry && entry.source instanceof SourceFile) out.push(entry.source);
  }
  return out;
}
