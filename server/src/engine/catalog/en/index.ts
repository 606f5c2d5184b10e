import type { CatalogueSection, PhraseSection } from '../types';
import { coreRules, corePhrases } from './core';
import { zoneRules } from './zone';
import { spfRules } from './spf';
import { dkimRules } from './dkim';
import { dmarcRules } from './dmarc';
import { mailRules } from './mail';
import { nginxRules } from './nginx';
import { configRules, configPhrases } from './config';
import { cliPhrases } from './phrases-cli';
import { providerPhrases } from './phrases-providers';
import { mailPhrases } from './phrases-mail';
import { nginxPhrases } from './phrases-nginx';
import { editorPhrases } from './phrases-editor';

/** Each area keeps its own file; a missing zh-cn entry falls back to English. */
export const enRules: CatalogueSection = {
  ...coreRules,
  ...zoneRules,
  ...spfRules,
  ...dkimRules,
  ...dmarcRules,
  ...mailRules,
  ...nginxRules,
  ...configRules,
};
export const enPhrases: PhraseSection = { ...corePhrases, ...mailPhrases, ...nginxPhrases, ...editorPhrases, ...configPhrases, ...cliPhrases, ...providerPhrases };
