import { MTA_STS } from '../../mail/mtasts/record';
import { multipleRecordsRule } from '../../mail/tags/versioned-rules';

/** More than one record at the name: senders treat the domain as having none. */
export const mtastsMultipleRecords = multipleRecordsRule({ id: 'mtasts/multiple-records', kind: MTA_STS, source: 'RFC 8461 §3.1' });
