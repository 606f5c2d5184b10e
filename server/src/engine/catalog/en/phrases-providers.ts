import type { PhraseSection } from '../types';

/** Provider setup: the code action, the comment above the inserted records, and the provider hover. */
export const providerPhrases: PhraseSection = {
  'provider.setupTitle': 'Set up mail for {provider}',
  'provider.setupTitleUnverified': 'Set up mail for {provider} (some values unverified)',
  'provider.setupCommand': 'Set up mail for provider…',
  'provider.blockHeader': 'Mail: {provider}, values checked {checked} against {source}',
  'provider.unverifiedLine': 'Unverified: {values}. Confirm them with the provider before relying on them.',
  'provider.hoverHeading': '**{provider}**: documented mail records',
  'provider.hoverUnverified': '(unverified)',
  'provider.hoverChecked': 'checked {checked}',
  'provider.nothingToAdd': '{provider} is already set up in this zone.',
};
