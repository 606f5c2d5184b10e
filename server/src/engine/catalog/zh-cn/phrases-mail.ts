import type { PhraseSection } from '../types';
import { mailRecordPhrases } from './mail';

/** Hover texts, completion details and fix titles of the mail area. */
export const mailPhrases: PhraseSection = {
  ...mailRecordPhrases,
};
