import type { PolicyRule } from '../../mail/mtasts/policy-rule';
import { firstLineSpan } from '../../mail/mtasts/policy-rule';
import { POLICY_MODES, policyFields } from '../../mail/mtasts/policy';

/** `mode:` is required and is `enforce`, `testing` or `none` (RFC 8461 §3.2, §5). */
export const mtastsPolicyMode: PolicyRule = {
  id: 'mtasts/policy-mode',
  language: 'mta-sts',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    const field = policyFields(policy, 'mode')[0];
    if (!field) report({ span: firstLineSpan(policy), messageId: 'missing' });
    else if (!(POLICY_MODES as readonly string[]).includes(field.value)) report({ span: field.valueSpan, args: { value: field.value } });
  },
};
