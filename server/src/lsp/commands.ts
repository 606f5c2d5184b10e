import { phrase, ruleText } from '../engine/catalog/catalogue';
import type { Fix, TextEdit } from '../engine/diagnostics';
import { providerChoices, providerSetupEdits } from '../engine/providers/index';
import { ruleById } from '../engine/rules/registry';
import type { Analysis } from '../engine/service';
import { mainSoa, serialBumpEdit } from '../engine/zone/serial';
import { ServerCommand, type RuleDocumentation } from './protocol';

export { ServerCommand };

export function ruleDocumentation(ruleId: string, locale: string): RuleDocumentation | undefined {
  const text = ruleText(ruleId, locale);
  if (!text) return undefined;
  const meta = ruleById(ruleId);
  const lines = [`# ${ruleId}: ${text.title}`, '', text.doc, ''];
  if (meta?.source) lines.push(phrase('editor.ruleSource', { source: meta.source }, locale), '');
  if (meta) lines.push(phrase('editor.ruleDefault', { severity: meta.defaultSeverity }, locale), '');
  return { rule: ruleId, title: text.title, markdown: lines.join('\n') };
}

export interface SerialBump {
  edit: TextEdit;
  from: string;
  to: string;
}

/** The SOA serial bump of a zone document, or undefined when it is not a zone or has no numeric serial. */
export function serialBump(analysis: Analysis, now: Date): SerialBump | undefined {
  // The linted zone: on save in a large document, a second parse of the whole text would hold the save up.
  const zone = analysis.lintedZone;
  if (!zone) return undefined;
  const edit = serialBumpEdit(zone, now);
  const from = mainSoa(zone)?.rdata[2]?.text;
  if (!edit || from === undefined) return undefined;
  return { edit, from, to: edit.newText };
}

/** "Set up mail for <provider>" for every provider, when the range starts on a record of the zone apex. */
export function providerRefactorings(analysis: Analysis, line: number): Fix[] {
  // Asked at every cursor move: look at the line first, and at the whole (linted) zone only on an apex record.
  const online = analysis.zoneRecordsOnLine(line);
  if (!online || !online.records.some((record) => record.owner.fqdn === online.origin)) return [];
  const zone = analysis.lintedZone;
  if (!zone) return [];
  const locale = analysis.env.settings.locale;
  return providerChoices(locale)
    .map((choice) => providerSetupEdits(zone, choice.id, locale))
    .filter((fix): fix is Fix => fix !== undefined && fix.edits.length > 0);
}

/** The provider setup edits for a zone document; undefined when not a zone or nothing is missing. */
export function providerSetup(analysis: Analysis, providerId: string): Fix | undefined {
  const zone = analysis.lintedZone;
  return zone ? providerSetupEdits(zone, providerId, analysis.env.settings.locale) : undefined;
}

/** The serial as written, to tell on save whether the user already changed it. */
export function writtenSerial(analysis: Analysis): string | undefined {
  const zone = analysis.lintedZone;
  return zone ? mainSoa(zone)?.rdata[2]?.text : undefined;
}
