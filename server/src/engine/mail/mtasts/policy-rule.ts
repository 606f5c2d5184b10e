import type { ModelRule } from '../../rules/rule';
import type { MtaStsPolicy } from './policy';

/** A rule over an MTA-STS policy file. */
export type PolicyRule = ModelRule<MtaStsPolicy> & { language: 'mta-sts' };

/** Where to report something the file lacks: its first line. */
export function firstLineSpan(policy: MtaStsPolicy) {
  return { start: 0, end: policy.file.lineEnd(0) };
}
