import { phrase } from '../catalog/catalogue';
import type { SeveritySetting } from '../diagnostics';
import type { EngineSettings } from '../settings';
import { isKnownRule } from './known-rules';

/** `.mailzone.json`, as written at the root of a workspace. */
export interface MailzoneConfig {
  rules: Record<string, SeveritySetting>;
  nginx: { version?: string };
}

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: string;
  /** 0-based position of the offending key or value in the file (best effort). */
  line: number;
  character: number;
}

export interface ConfigResult {
  /** The usable part of the configuration: invalid entries are left out, valid ones kept. */
  config: MailzoneConfig;
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAME = '.mailzone.json';
const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  warn: 'warning',
  information: 'info',
  err: 'error',
  none: 'off',
  disable: 'off',
  disabled: 'off',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};
const TOP_LEVEL_KEYS = ['$schema', 'rules', 'nginx'];

export function emptyConfig(): MailzoneConfig {
  return { rules: {}, nginx: {} };
}

/**
 * Reads `.mailzone.json` text. Never throws: a syntax error gives an empty configuration and one problem;
 * a bad entry is dropped with a problem naming it, and the rest of the file still applies.
 */
export function parseConfig(text: string, path: string, locale = 'en'): ConfigResult {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const at = (needle: string | undefined, severity: ConfigProblem['severity'], key: string, args: Record<string, string>) =>
    problems.push({ severity, message: phrase(key, { path, ...args }, locale), ...positionOf(text, needle) });

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    problems.push({ severity: 'error', message: phrase('config.invalidJson', { path, detail }, locale), ...jsonErrorPosition(text, detail) });
    return { config, problems };
  }
  if (!isPlainObject(raw)) {
    at(undefined, 'error', 'config.notObject', {});
    return { config, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) at(JSON.stringify(key), 'warning', 'config.unknownKey', { key, known: 'rules, nginx' });
  }
  readRules(raw.rules, config, at);
  readNginx(raw.nginx, config, at);
  return { config, problems };
}

type Report = (needle: string | undefined, severity: ConfigProblem['severity'], key: string, args: Record<string, string>) => void;

function readRules(rules: unknown, config: MailzoneConfig, report: Report): void {
  if (rules === undefined) return;
  if (!isPlainObject(rules)) return report('"rules"', 'error', 'config.notAnObject', { key: 'rules' });
  for (const [rule, value] of Object.entries(rules)) {
    const needle = JSON.stringify(rule);
    if (!isKnownRule(rule)) report(needle, 'warning', 'config.unknownRule', { rule });
    if (typeof value === 'string' && (SEVERITIES as string[]).includes(value)) {
      config.rules[rule] = value as SeveritySetting;
      continue;
    }
    const suggestion = SEVERITY_ALIASES[String(value).toLowerCase()];
    if (suggestion) report(needle, 'error', 'config.badSeveritySuggest', { rule, value: JSON.stringify(value), suggestion });
    else report(needle, 'error', 'config.badSeverity', { rule, value: JSON.stringify(value) ?? String(value) });
  }
}

function readNginx(nginx: unknown, config: MailzoneConfig, report: Report): void {
  if (nginx === undefined) return;
  if (!isPlainObject(nginx)) return report('"nginx"', 'error', 'config.notAnObject', { key: 'nginx' });
  for (const key of Object.keys(nginx)) {
    if (key !== 'version') report(JSON.stringify(key), 'warning', 'config.unknownKey', { key: `nginx.${key}`, known: 'nginx.version' });
  }
  const version = nginx.version;
  if (version === undefined) return;
  if (typeof version === 'string' && /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(version)) config.nginx.version = version;
  else report('"version"', 'error', 'config.badNginxVersion', { value: JSON.stringify(version) ?? String(version) });
}

/** The engine settings a configuration sets; merge over the defaults (and under explicit editor settings). */
export function configSettings(config: MailzoneConfig): Partial<EngineSettings> {
  const settings: Partial<EngineSettings> = {};
  if (Object.keys(config.rules).length > 0) settings.rules = { ...config.rules };
  if (config.nginx.version) settings.nginxVersion = config.nginx.version;
  return settings;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positionOf(text: string, needle: string | undefined): { line: number; character: number } {
  const offset = needle === undefined ? -1 : text.indexOf(needle);
  return offsetToPosition(text, Math.max(0, offset));
}

/** V8 reports "… at position N" (and newer versions "(line L column C)"). */
function jsonErrorPosition(text: string, detail: string): { line: number; character: number } {
  const match = /position (\d+)/.exec(detail);
  return offsetToPosition(text, match ? Number(match[1]) : 0);
}

function offsetToPosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}
