import type { AnyRule } from '../rule';
import { parserReportedRules } from './parser-reported';
import { txtStringTooLong } from './txt-string-too-long';
import { txtUnquotedSemicolon } from './txt-unquoted-semicolon';
import { noTtl } from './no-ttl';
import { noFinalNewline } from './no-final-newline';
import { cnameAndOtherData } from './cname-and-other-data';
import { multipleCname } from './multiple-cname';
import { targetIsCname } from './target-is-cname';
import { targetNoAddress } from './target-no-address';
import { outOfZone } from './out-of-zone';
import { missingSoa } from './missing-soa';
import { multipleSoa } from './multiple-soa';
import { soaNotFirst } from './soa-not-first';
import { noApexNs } from './no-apex-ns';
import { singleNs } from './single-ns';
import { rrsetTtlMismatch } from './rrset-ttl-mismatch';
import { duplicateRecord } from './duplicate-record';
import { relativeNameMistake } from './relative-name-mistake';
import { soaTimers } from './soa-timers';
import { soaSerial } from './soa-serial';
import { classMismatch } from './class-mismatch';
import { belowDname } from './below-dname';

/** Zone-file rules (syntax, data, names, SOA, RRsets). One module per rule. */
export const zoneRules: AnyRule[] = [
  ...parserReportedRules,
  txtStringTooLong,
  txtUnquotedSemicolon,
  noTtl,
  noFinalNewline,
  cnameAndOtherData,
  multipleCname,
  targetIsCname,
  targetNoAddress,
  outOfZone,
  missingSoa,
  multipleSoa,
  soaNotFirst,
  noApexNs,
  singleNs,
  rrsetTtlMismatch,
  duplicateRecord,
  relativeNameMistake,
  soaTimers,
  soaSerial,
  classMismatch,
  belowDname,
];
