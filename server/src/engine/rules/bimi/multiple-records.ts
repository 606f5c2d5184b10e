import { BIMI } from '../../mail/bimi/record';
import { multipleRecordsRule } from '../../mail/tags/versioned-rules';

/** More than one record at the name: senders treat the domain as having none. */
export const bimiMultipleRecords = multipleRecordsRule({ id: 'bimi/multiple-records', kind: BIMI, source: 'draft-brand-indicators-for-message-identification-05' });
