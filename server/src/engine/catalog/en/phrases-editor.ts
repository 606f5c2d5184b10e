import type { PhraseSection } from '../types';

/** Hover texts, completion details and fix titles of the editor area. */
export const editorPhrases: PhraseSection = {
  'editor.fixAll': 'Fix all auto-fixable MailZone problems',
  'editor.bumpSerial': 'Bump the SOA serial',
  'editor.noSoa': 'This zone has no SOA record with a numeric serial to bump.',
  'editor.serialBumped': 'SOA serial {from} → {to}',
  'editor.unknownRule': 'MailZone has no rule named {rule}.',
  'editor.ruleSource': 'Source: {source}',
  'editor.ruleDefault': 'Default severity: {severity}',
  'editor.notZone': 'This command works on DNS zone files.',
  'editor.providerInPlace': 'Everything this provider needs is already in the zone.',
  'editor.showDocumentation': 'Show documentation for {rule}',
};
