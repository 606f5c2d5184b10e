import type { ReportedRule } from '../rule';

/**
 * Ids for what the suppression comments and the configuration report. They are produced by
 * engine/suppression and engine/config, not by a check over a model, hence `reportedBy`.
 */
export const configRules: ReportedRule[] = [
  { id: 'config/unused-disable', language: 'zone', defaultSeverity: 'hint', reportedBy: 'parser', fixable: true },
  { id: 'config/unknown-rule', language: 'zone', defaultSeverity: 'warning', reportedBy: 'parser' },
  { id: 'config/invalid-config', language: 'zone', defaultSeverity: 'error', reportedBy: 'parser' },
];
