import type { PhraseSection } from '../types';

/** Hover texts, completion details and fix titles of the editor area. */
export const editorPhrases: PhraseSection = {};
