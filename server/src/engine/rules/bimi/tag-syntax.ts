import { BIMI } from '../../mail/bimi/record';
import { tagSyntaxRule } from '../../mail/tags/versioned-rules';

export const bimiTagSyntax = tagSyntaxRule({ id: 'bimi/tag-syntax', kind: BIMI, source: 'draft-brand-indicators-for-message-identification-05' });
