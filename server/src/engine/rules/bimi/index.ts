import type { AnyRule } from '../rule';
import { bimiTagSyntax } from './tag-syntax';
import { bimiVersion } from './version';
import { bimiInvalidUri } from './invalid-uri';
import { bimiMultipleRecords } from './multiple-records';
import { bimiDmarcNotEnforced } from './dmarc-not-enforced';

/** bimi rules, one module per rule. */
export const bimiRules: AnyRule[] = [bimiTagSyntax, bimiVersion, bimiInvalidUri, bimiMultipleRecords, bimiDmarcNotEnforced];
