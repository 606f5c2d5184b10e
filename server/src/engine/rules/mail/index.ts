import type { AnyRule } from '../rule';
import { spfRules } from '../spf/index';
import { dkimRules } from '../dkim/index';
import { dmarcRules } from '../dmarc/index';
import { mtastsRules } from '../mtasts/index';
import { tlsrptRules } from '../tlsrpt/index';
import { bimiRules } from '../bimi/index';
import { mxRules } from '../mx/index';
import { srvRules } from '../srv/index';

/** Mail-record rules: SPF, DKIM, DMARC, MTA-STS, TLS-RPT, BIMI, MX, SRV. */
export const mailRules: AnyRule[] = [
  ...spfRules,
  ...dkimRules,
  ...dmarcRules,
  ...mtastsRules,
  ...tlsrptRules,
  ...bimiRules,
  ...mxRules,
  ...srvRules,
];
