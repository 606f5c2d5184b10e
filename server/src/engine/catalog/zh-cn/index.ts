import type { CatalogueSection, PhraseSection } from '../types';
import { coreRules, corePhrases } from './core';
import { zoneRules } from './zone';

/** Simplified Chinese words; a missing entry falls back to English. */
export const zhRules: CatalogueSection = { ...coreRules, ...zoneRules };
export const zhPhrases: PhraseSection = { ...corePhrases };
