import type { AnyRule } from '../rule';
import { mtastsTagSyntax } from './tag-syntax';
import { mtastsVersion } from './version';
import { mtastsInvalidId } from './invalid-id';
import { mtastsMultipleRecords } from './multiple-records';
import { mtastsNoPolicyHost } from './no-policy-host';
import { mtastsPolicyMxMismatch } from './policy-mx-mismatch';
import { mtastsNoTlsReports } from './no-tls-reports';
import { mtastsPolicySyntax } from './policy-syntax';
import { mtastsPolicyVersion } from './policy-version';
import { mtastsPolicyMode } from './policy-mode';
import { mtastsPolicyMaxAge } from './policy-max-age';
import { mtastsPolicyMx } from './policy-mx';
import { mtastsPolicyDuplicateField } from './policy-duplicate-field';

/** MTA-STS rules: the `_mta-sts` TXT record (zone) and the `mta-sts.txt` policy file (language mta-sts). */
export const mtastsRules: AnyRule[] = [
  mtastsTagSyntax,
  mtastsVersion,
  mtastsInvalidId,
  mtastsMultipleRecords,
  mtastsNoPolicyHost,
  mtastsPolicyMxMismatch,
  mtastsNoTlsReports,
  mtastsPolicySyntax,
  mtastsPolicyVersion,
  mtastsPolicyMode,
  mtastsPolicyMaxAge,
  mtastsPolicyMx,
  mtastsPolicyDuplicateField,
];
