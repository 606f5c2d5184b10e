import type { SeveritySetting } from '../engine/diagnostics';

/** The `mailzone.*` settings as the server uses them, after validation. */
export interface ServerSettings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  run: 'onType' | 'onSave';
  bumpSerialOnSave: boolean;
  /** Undefined when the user left it empty: `.mailzone.json`, else the current stable release, applies. */
  nginxVersion: string | undefined;
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export const defaultServerSettings: ServerSettings = {
  enable: true,
  rules: {},
  run: 'onType',
  bumpSerialOnSave: false,
  nginxVersion: undefined,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * Reads the `mailzone` settings object a client sends. Editors other than VS Code send whatever their
 * user wrote, so every field is checked and anything malformed falls back to its default.
 */
export function readServerSettings(raw: unknown): ServerSettings {
  const section = isObject(raw) ? raw : {};
  const serial = isObject(section.serial) ? section.serial : {};
  const nginx = isObject(section.nginx) ? section.nginx : {};
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : defaultServerSettings.enable,
    rules: readRules(section.rules),
    run: section.run === 'onSave' ? 'onSave' : 'onType',
    bumpSerialOnSave: serial.bumpOnSave === true,
    nginxVersion: typeof nginx.version === 'string' && /^\d+\.\d+(\.\d+)?$/.test(nginx.version) ? nginx.version : undefined,
    maxFileSize: typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : DEFAULT_MAX_FILE_SIZE,
  };
}

function readRules(raw: unknown): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (!isObject(raw)) return rules;
  for (const [id, value] of Object.entries(raw)) {
    const severity = typeof value === 'string' ? value.toLowerCase() : undefined;
    if (severity && SEVERITIES.includes(severity)) rules[id] = severity as SeveritySetting;
  }
  return rules;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
