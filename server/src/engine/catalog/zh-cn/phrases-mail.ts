import type { PhraseSection } from '../types';
import { spfPhrases } from './spf';
import { mailRecordPhrases } from './mail';

/** Hover texts, completion details and fix titles of the mail area. */
export const mailPhrases: PhraseSection = {
  ...spfPhrases,
  ...mailRecordPhrases,
};
