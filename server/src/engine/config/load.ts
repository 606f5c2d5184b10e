import type { EngineSettings } from '../settings';
import type { FileReader } from '../workspace';
import { findConfig } from './locate';
import { configSettings, parseConfig, type ConfigProblem } from './mailzone-config';

export interface LoadedConfig {
  path: string;
  settings: Partial<EngineSettings>;
  problems: ConfigProblem[];
}

/**
 * The `.mailzone.json` that applies to `filePath` (nearest upward, not above `root`), read and validated:
 * what the language server calls per document, and what the CLI does per file.
 */
export function loadConfigFor(filePath: string, reader: FileReader, root?: string, locale = 'en'): LoadedConfig | undefined {
  const found = findConfig(filePath, reader, root);
  if (!found) return undefined;
  const { config, problems } = parseConfig(found.text, found.path, locale);
  return { path: found.path, settings: configSettings(config), problems };
}

/**
 * Layers settings, later layers winning; rule severities merge rule by rule. The order MailZone uses
 * everywhere: defaults, then `.mailzone.json`, then the editor's `mailzone.rules`.
 */
export function layerSettings(...layers: Array<Partial<EngineSettings> | undefined>): Partial<EngineSettings> {
  const out: Partial<EngineSettings> = {};
  for (const layer of layers) {
    if (!layer) continue;
    const rules = layer.rules ? { ...(out.rules ?? {}), ...layer.rules } : out.rules;
    Object.assign(out, layer);
    if (rules) out.rules = rules;
  }
  return out;
}
