import type { PolicyRule } from '../../mail/mtasts/policy-rule';
import { firstLineSpan } from '../../mail/mtasts/policy-rule';

/** The first field is `version: STSv1` (RFC 8461 §3.2); senders discard a policy without it. */
export const mtastsPolicyVersion: PolicyRule = {
  id: 'mtasts/policy-version',
  language: 'mta-sts',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    const index = policy.fields.findIndex((field) => field.key === 'version');
    const field = policy.fields[index];
    if (!field) report({ span: firstLineSpan(policy), messageId: 'missing' });
    else if (field.value !== 'STSv1') report({ span: field.valueSpan, messageId: 'wrong', args: { value: field.value } });
    else if (index > 0) report({ span: field.valueSpan, messageId: 'notFirst' });
  },
};
