import type { AnyRule } from '../rule';
import { spfSyntax } from './syntax';
import { spfUnknownMechanism } from './unknown-mechanism';
import { spfBadIp } from './bad-ip';
import { spfBadCidr } from './bad-cidr';
import { spfBadDomainSpec } from './bad-domain-spec';
import { spfMacro } from './macro';
import { spfExpOnlyMacro } from './exp-only-macro';
import { spfBadVersion } from './bad-version';
import { spfBrokenJoin } from './broken-join';
import { spfDuplicateModifier } from './duplicate-modifier';
import { spfRedirectWithAll } from './redirect-with-all';
import { spfTermsAfterAll } from './terms-after-all';
import { spfSuspiciousModifier } from './suspicious-modifier';
import { spfPtr } from './ptr';
import { spfPermissiveAll } from './permissive-all';
import { spfFailInclude } from './fail-include';
import { spfNoAll } from './no-all';
import { spfMultipleRecords } from './multiple-records';
import { spfTypeSpf } from './type-spf';
import { spfTooLong } from './too-long';
import { spfTooManyLookups } from './too-many-lookups';
import { spfIncludeLoop } from './include-loop';
import { spfTargetWithoutSpf } from './target-without-spf';

/** spf rules, one module per rule. */
export const spfRules: AnyRule[] = [
  spfSyntax,
  spfUnknownMechanism,
  spfBadIp,
  spfBadCidr,
  spfBadDomainSpec,
  spfMacro,
  spfExpOnlyMacro,
  spfBadVersion,
  spfBrokenJoin,
  spfDuplicateModifier,
  spfRedirectWithAll,
  spfTermsAfterAll,
  spfSuspiciousModifier,
  spfPtr,
  spfPermissiveAll,
  spfFailInclude,
  spfNoAll,
  spfMultipleRecords,
  spfTypeSpf,
  spfTooLong,
  spfTooManyLookups,
  spfIncludeLoop,
  spfTargetWithoutSpf,
];
