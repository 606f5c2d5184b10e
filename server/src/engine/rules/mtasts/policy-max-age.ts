import type { PolicyRule } from '../../mail/mtasts/policy-rule';
import { firstLineSpan } from '../../mail/mtasts/policy-rule';
import { MAX_AGE_LIMIT, policyFields } from '../../mail/mtasts/policy';

const ONE_DAY = 86400;

/**
 * `max_age:` is required: whole seconds, at most 31557600 (RFC 8461 §3.2). A very short cache makes senders
 * refetch constantly and leaves a window where an attacker can strip the policy (RFC 8461 §10.2).
 */
export const mtastsPolicyMaxAge: PolicyRule = {
  id: 'mtasts/policy-max-age',
  language: 'mta-sts',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    const field = policyFields(policy, 'max_age')[0];
    if (!field) {
      report({ span: firstLineSpan(policy), messageId: 'missing' });
      return;
    }
    if (!/^\d{1,10}$/.test(field.value)) report({ span: field.valueSpan, messageId: 'notNumber', args: { value: field.value } });
    else if (Number(field.value) > MAX_AGE_LIMIT) report({ span: field.valueSpan, messageId: 'tooLarge', args: { value: field.value, limit: MAX_AGE_LIMIT } });
    else if (Number(field.value) < ONE_DAY) report({ span: field.valueSpan, messageId: 'short', args: { value: field.value }, severity: 'info' });
  },
};
