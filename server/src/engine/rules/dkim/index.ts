import type { AnyRule } from '../rule';
import { dkimTagSyntax } from './tag-syntax';
import { dkimVersionNotFirst } from './version-not-first';
import { dkimInvalidTagValue } from './invalid-tag-value';
import { dkimMissingKey } from './missing-key';
import { dkimInvalidBase64 } from './invalid-base64';
import { dkimWeakKey } from './weak-key';
import { dkimUndecodableKey } from './undecodable-key';
import { dkimSha1Hash } from './sha1-hash';
import { dkimTestingMode } from './testing-mode';
import { dkimRevokedKey } from './revoked-key';
import { dkimOutsideDomainkey } from './outside-domainkey';
import { dkimMultipleRecords } from './multiple-records';
import { dkimPrivateKeyPublished } from './private-key-published';
import { dkimKeyTooLarge } from './key-too-large';

/** dkim rules, one module per rule. */
export const dkimRules: AnyRule[] = [
  dkimTagSyntax,
  dkimVersionNotFirst,
  dkimInvalidTagValue,
  dkimMissingKey,
  dkimInvalidBase64,
  dkimWeakKey,
  dkimUndecodableKey,
  dkimSha1Hash,
  dkimTestingMode,
  dkimRevokedKey,
  dkimOutsideDomainkey,
  dkimMultipleRecords,
  dkimPrivateKeyPublished,
  dkimKeyTooLarge,
];
