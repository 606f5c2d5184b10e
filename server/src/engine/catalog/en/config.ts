import type { CatalogueSection, PhraseSection } from '../types';

export const configRules: CatalogueSection = {
  'config/unused-disable': {
    title: 'Suppression comment that suppresses nothing',
    doc:
      'A `mailzone-disable-next-line` or `mailzone-disable` comment names a rule that reports nothing where the comment applies. ' +
      'It was probably left behind after the record was fixed; remove it so that a future problem is not hidden.',
    messages: {
      default: 'This comment disables {rule}, but {rule} reports nothing here.',
      all: 'This comment disables every rule, but no rule reports anything here.',
      enable: '"mailzone-enable {rule}" has no matching "mailzone-disable {rule}" before it.',
      fix: 'Remove this unused mailzone comment',
    },
  },
  'config/unknown-rule': {
    title: 'Unknown rule id in a suppression comment',
    doc:
      'A suppression comment names a rule id that MailZone does not have, so it suppresses nothing. ' +
      'Rule ids are `area/name`, for example `spf/ptr`; each diagnostic shows its id.',
    messages: { default: 'Unknown rule "{rule}" in a mailzone comment.' },
  },
  'config/invalid-config': {
    title: 'Invalid .mailzone.json',
    doc:
      'The `.mailzone.json` configuration could not be used as written. It holds `rules` (rule id → off, hint, info, warning or error) ' +
      'and `nginx.version` (the nginx version whose defaults apply, e.g. 1.22.1).',
    messages: { default: '{problem}' },
  },
};

export const configPhrases: PhraseSection = {
  'config.invalidJson': '{path}: not valid JSON: {detail}',
  'config.notObject': '{path}: the configuration must be a JSON object',
  'config.unknownKey': '{path}: unknown setting "{key}" (known: {known})',
  'config.notAnObject': '{path}: "{key}" must be an object',
  'config.badSeverity': '{path}: rule "{rule}" has severity {value}; use one of off, hint, info, warning, error',
  'config.badSeveritySuggest': '{path}: rule "{rule}" has severity {value}; did you mean "{suggestion}"?',
  'config.unknownRule': '{path}: unknown rule "{rule}"',
  'config.badNginxVersion': '{path}: nginx.version must look like 1.22.1, got {value}',
  'config.unreadable': '{path}: cannot read the configuration: {detail}',
};
