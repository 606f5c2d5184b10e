import { TLS_RPT } from '../../mail/tlsrpt/record';
import { multipleRecordsRule } from '../../mail/tags/versioned-rules';

/** More than one record at the name: senders treat the domain as having none. */
export const tlsrptMultipleRecords = multipleRecordsRule({ id: 'tlsrpt/multiple-records', kind: TLS_RPT, source: 'RFC 8460 §3' });
