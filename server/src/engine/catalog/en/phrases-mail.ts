import type { PhraseSection } from '../types';

/** Hover texts, completion details and fix titles of the mail area. */
export const mailPhrases: PhraseSection = {};
