import type { CatalogueSection, PhraseSection } from '../types';
import { coreRules, corePhrases } from './core';
import { zoneRules } from './zone';

/** Every rule's English words. Each area keeps its own file; add the area's section here. */
export const enRules: CatalogueSection = { ...coreRules, ...zoneRules };
export const enPhrases: PhraseSection = { ...corePhrases };
