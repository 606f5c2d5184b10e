import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { sortDiagnostics } from '../../../server/src/engine/lint';
import { defaultSettings, type EngineSettings } from '../../../server/src/engine/settings';
import { SourceFile } from '../../../server/src/engine/text/source';
import { singleZoneWorkspace, type FileReader } from '../../../server/src/engine/workspace';
import { zoneLanguage } from '../../../server/src/engine/zone/language';

export const NOW = new Date('2026-11-23T00:00:00Z');

/** A valid zone head: SOA, two name servers with addresses. Tests append the records under test. */
export const HEAD = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@       IN SOA  ns1 hostmaster 2026112301 7200 3600 1209600 3600',
  '@       IN NS   ns1',
  '@       IN NS   ns2',
  'ns1     IN A    192.0.2.1',
  'ns2     IN A    192.0.2.2',
  '',
].join('\n');

/** Every diagnostic of the zone language (zone and mail rules, parser problems) for one in-memory file. */
export function lintZone(
  text: string,
  options: { path?: string; files?: Record<string, string>; settings?: Partial<EngineSettings> } = {},
): EngineDiagnostic[] {
  const files = options.files ?? {};
  const reader: FileReader = { readText: (p) => files[p] };
  const env = { settings: defaultSettings({ now: NOW, ...options.settings }), workspace: singleZoneWorkspace(reader) };
  const file = new SourceFile(options.path ?? '/zones/example.com.zone', text);
  return sortDiagnostics(zoneLanguage.lint(zoneLanguage.parse(file, env), file, env));
}

export function ofRule(diagnostics: EngineDiagnostic[], rule: string): EngineDiagnostic[] {
  return diagnostics.filter((d) => d.rule === rule);
}

/** The text after applying the one fix of the only diagnostic of `rule`. */
export function applyOnlyFix(text: string, rule: string): string {
  const found = ofRule(lintZone(text), rule);
  if (found.length !== 1) throw new Error(`expected one ${rule}, got ${found.length}`);
  const fix = found[0]!.fixes[0];
  if (!fix) throw new Error(`${rule} offered no fix`);
  return applyEdits(text, fix.edits);
}
