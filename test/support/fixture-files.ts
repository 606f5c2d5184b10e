import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../../server/src/engine/diagnostics';
import type { EngineSettings } from '../../server/src/engine/settings';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

/** Fixed "now" so certificate-expiry and serial checks are deterministic. */
export const FIXTURE_NOW = new Date('2026-11-23T00:00:00Z');

export interface Fixture {
  path: string;
  relative: string;
  text: string;
  language: Language;
  settings: Partial<EngineSettings>;
}

/**
 * Every checkable fixture under test/fixtures. Files whose name contains `.inc` or that sit in a folder named
 * `included` are only read through an include, not checked on their own. A first line
 * `; fixture {"nginxVersion":"1.22.1"}` (or `# fixture …`) sets engine settings for that file.
 */
export function listFixtures(root = FIXTURES): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'included' && !entry.name.startsWith('_')) walk(full);
        continue;
      }
      const language = fixtureLanguage(full);
      if (!language || entry.name.includes('.inc') || entry.name.endsWith('.md')) continue;
      const text = fs.readFileSync(full, 'utf8');
      out.push({ path: full, relative: path.relative(root, full), text, language, settings: fixtureSettings(text) });
    }
  };
  walk(root);
  return out;
}

function fixtureLanguage(file: string): Language | undefined {
  const rel = path.relative(FIXTURES, file).split(path.sep);
  if (rel[0] === 'nginx') return file.endsWith('.conf') ? 'nginx' : undefined;
  if (rel[0] === 'mta-sts') return file.endsWith('.txt') ? 'mta-sts' : undefined;
  return file.endsWith('.zone') ? 'zone' : undefined;
}

function fixtureSettings(text: string): Partial<EngineSettings> {
  const match = /^[;#] fixture (\{.*\})\s*$/m.exec(text.split(/\r?\n/, 1)[0] ?? '');
  const settings: Partial<EngineSettings> = { now: FIXTURE_NOW };
  if (!match) return settings;
  const parsed = JSON.parse(match[1]!) as Record<string, unknown>;
  if (typeof parsed.now === 'string') parsed.now = new Date(parsed.now);
  return { ...settings, ...(parsed as Partial<EngineSettings>) };
}
