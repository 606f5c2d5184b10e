import type { ReportedRule } from './rule';

export const coreRules: ReportedRule[] = [
  { id: 'core/internal-error', language: 'zone', defaultSeverity: 'error', reportedBy: 'parser' },
  { id: 'core/file-too-large', language: 'zone', defaultSeverity: 'info', reportedBy: 'parser' },
  { id: 'core/binary-file', language: 'zone', defaultSeverity: 'info', reportedBy: 'parser' },
];
