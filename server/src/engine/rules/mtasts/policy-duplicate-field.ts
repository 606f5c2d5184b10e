import type { PolicyRule } from '../../mail/mtasts/policy-rule';
import { policyFields } from '../../mail/mtasts/policy';

/** `version`, `mode` and `max_age` appear once; which copy a sender reads is unspecified. */
export const mtastsPolicyDuplicateField: PolicyRule = {
  id: 'mtasts/policy-duplicate-field',
  language: 'mta-sts',
  defaultSeverity: 'warning',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    for (const key of ['version', 'mode', 'max_age']) {
      for (const field of policyFields(policy, key).slice(1)) report({ span: field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan, args: { key } });
    }
  },
};
