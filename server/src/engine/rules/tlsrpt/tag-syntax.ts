import { TLS_RPT } from '../../mail/tlsrpt/record';
import { tagSyntaxRule } from '../../mail/tags/versioned-rules';

export const tlsrptTagSyntax = tagSyntaxRule({ id: 'tlsrpt/tag-syntax', kind: TLS_RPT, source: 'RFC 8460 §3' });
