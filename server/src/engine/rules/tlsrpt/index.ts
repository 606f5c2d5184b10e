import type { AnyRule } from '../rule';
import { tlsrptTagSyntax } from './tag-syntax';
import { tlsrptVersion } from './version';
import { tlsrptInvalidRua } from './invalid-rua';
import { tlsrptMultipleRecords } from './multiple-records';

/** tlsrpt rules, one module per rule. */
export const tlsrptRules: AnyRule[] = [tlsrptTagSyntax, tlsrptVersion, tlsrptInvalidRua, tlsrptMultipleRecords];
