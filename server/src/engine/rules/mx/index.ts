import type { AnyRule } from '../rule';
import { mxTargetIsAddress } from './target-is-address';
import { mxNullMxNotAlone } from './null-mx-not-alone';
import { mxNullMxWithoutSpf } from './null-mx-without-spf';
import { mxCnameAtMailName } from './cname-at-mail-name';
import { mxMissingSpf } from './missing-spf';
import { mxMissingDmarc } from './missing-dmarc';

/**
 * mx rules, one module per rule. An MX pointing at a CNAME or at an in-zone name without addresses is
 * zone/target-is-cname and zone/target-no-address (shared with NS and SRV), not repeated here.
 */
export const mxRules: AnyRule[] = [mxTargetIsAddress, mxNullMxNotAlone, mxNullMxWithoutSpf, mxCnameAtMailName, mxMissingSpf, mxMissingDmarc];
