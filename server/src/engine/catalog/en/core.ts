import type { CatalogueSection, PhraseSection } from '../types';

export const coreRules: CatalogueSection = {
  'core/internal-error': {
    title: 'A check failed internally',
    doc: 'A MailZone check threw an exception on this file. The other checks still ran. Please report the file (or a reduced copy) so the check can be fixed.',
    messages: { default: 'Internal error in check {rule}: {error}' },
  },
  'core/file-too-large': {
    title: 'File too large to check as you type',
    doc: 'Files larger than the `mailzone.maxFileSize` setting are checked on save only, so the editor stays responsive.',
    messages: { default: 'This file is {size} bytes, above the {limit}-byte limit: it is checked on save only.' },
  },
  'core/binary-file': {
    title: 'Binary file',
    doc: 'The file contains NUL bytes or is not text; MailZone does not check it.',
    messages: { default: 'This looks like a binary file (NUL byte at offset {offset}); it was not checked.' },
  },
};

export const corePhrases: PhraseSection = {
  'cli.summary': '{problems} problems ({errors} errors, {warnings} warnings, {infos} infos) in {files} files',
  'cli.noProblems': 'No problems found in {files} files.',
  'fix.disableLine': 'Disable {rule} for this line',
  'fix.disableFile': 'Disable {rule} for the entire file',
};
