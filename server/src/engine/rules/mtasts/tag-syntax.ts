import { MTA_STS } from '../../mail/mtasts/record';
import { tagSyntaxRule } from '../../mail/tags/versioned-rules';

export const mtastsTagSyntax = tagSyntaxRule({ id: 'mtasts/tag-syntax', kind: MTA_STS, source: 'RFC 8461 §3.1' });
