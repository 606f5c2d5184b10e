import type { AnyRule } from '../rule';
import { dmarcTagSyntax } from './tag-syntax';
import { dmarcVersionNotFirst } from './version-not-first';
import { dmarcInvalidTagValue } from './invalid-tag-value';
import { dmarcReportUri } from './report-uri';
import { dmarcRemovedTag } from './removed-tag';
import { dmarcMissingPolicy } from './missing-policy';
import { dmarcMultipleRecords } from './multiple-records';
import { dmarcOutsideDmarc } from './outside-dmarc';
import { dmarcReportAuthorization } from './report-authorization';
import { dmarcNoReports } from './no-reports';

/** dmarc rules, one module per rule. */
export const dmarcRules: AnyRule[] = [
  dmarcTagSyntax,
  dmarcVersionNotFirst,
  dmarcInvalidTagValue,
  dmarcReportUri,
  dmarcRemovedTag,
  dmarcMissingPolicy,
  dmarcMultipleRecords,
  dmarcOutsideDmarc,
  dmarcReportAuthorization,
  dmarcNoReports,
];
