import { allRuleTexts } from '../../engine/catalog/catalogue';
import { docUrlFor, type EngineDiagnostic, type Severity } from '../../engine/diagnostics';
import { allRules } from '../../engine/rules/registry';
import type { ReportFile } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  version: string;
  /** Directory the relative paths are relative to, as a file:// URI ending in `/`. */
  rootUri: string;
}

/**
 * SARIF 2.1.0: one run, every rule MailZone has in tool.driver.rules (registry ids and catalogue-only
 * parser ids), results pointing at their rule by id and index. Columns count UTF-16 code units, 1-based.
 */
export function formatSarif(files: readonly ReportFile[], tool: SarifTool, locale: string): string {
  const rules = driverRules(locale);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = files.flatMap((file) => file.diagnostics.map((d) => result(d, file.path, index)));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'MailZone',
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: 'https://github.com/mailzone/mailzone',
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: tool.rootUri } },
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((file) => ({ location: artifactLocation(file.path) })),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

interface DriverRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string; markdown: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; source?: string };
}

function driverRules(locale: string): DriverRule[] {
  const texts = allRuleTexts(locale);
  const english = allRuleTexts('en');
  const ids = [...new Set([...allRules.map((rule) => rule.id), ...Object.keys(english)])].sort();
  return ids.map((id) => {
    const rule = allRules.find((r) => r.id === id);
    const text = texts[id] ?? english[id];
    const doc = text?.doc ?? id;
    return {
      id,
      name: pascalName(id),
      shortDescription: { text: text?.title ?? id },
      fullDescription: { text: plain(doc), markdown: doc },
      helpUri: docUrlFor(id),
      help: { text: plain(doc), markdown: doc },
      defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? 'error'] },
      properties: { tags: [id.split('/')[0]!], ...(rule?.source ? { source: rule.source } : {}) },
    };
  });
}

function result(d: EngineDiagnostic, path: string, index: Map<string, number>) {
  const region = {
    startLine: d.range.start.line + 1,
    startColumn: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  };
  const fixes = d.fixes.map((fix) => ({
    description: { text: fix.title },
    artifactChanges: groupEdits(fix.edits).map(([editPath, edits]) => ({
      artifactLocation: artifactLocation(editPath),
      replacements: edits.map((edit) => ({
        deletedRegion: {
          startLine: edit.range.start.line + 1,
          startColumn: edit.range.start.character + 1,
          endLine: edit.range.end.line + 1,
          endColumn: edit.range.end.character + 1,
        },
        insertedContent: { text: edit.newText },
      })),
    })),
  }));
  return {
    ruleId: d.rule,
    ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(path), region } }],
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

function groupEdits(edits: EngineDiagnostic['fixes'][number]['edits']) {
  const byPath = new Map<string, typeof edits>();
  for (const edit of edits) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit]);
  return [...byPath];
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (/^([A-Za-z]:)?[\\/]/.test(path)) return { uri: fileUri(path) };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

export function fileUri(absolute: string): string {
  const slashed = absolute.replace(/\\/g, '/');
  const withRoot = slashed.startsWith('/') ? slashed : '/' + slashed;
  return 'file://' + withRoot.split('/').map((part, i) => (i === 1 && /^[A-Za-z]:$/.test(part) ? part : encodeURIComponent(part))).join('/');
}

function pascalName(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}
