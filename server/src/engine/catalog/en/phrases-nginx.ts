import type { PhraseSection } from '../types';

/** Hover texts, completion details and fix titles of the nginx area. */
export const nginxPhrases: PhraseSection = {};
