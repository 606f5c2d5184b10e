import type { PolicyRule } from '../../mail/mtasts/policy-rule';
import { firstLineSpan } from '../../mail/mtasts/policy-rule';
import { isMxPattern, policyFields } from '../../mail/mtasts/policy';

/**
 * A policy that is not `mode: none` lists its MX hosts, one `mx:` line each, as names or `*.` wildcards
 * (RFC 8461 §3.2, §4.1). A URL, a port or a trailing dot never matches a host.
 */
export const mtastsPolicyMx: PolicyRule = {
  id: 'mtasts/policy-mx',
  language: 'mta-sts',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    const mx = policyFields(policy, 'mx');
    const mode = policyFields(policy, 'mode')[0]?.value;
    if (mx.length === 0 && mode !== 'none') report({ span: firstLineSpan(policy), messageId: 'missing' });
    for (const field of mx) if (!isMxPattern(field.value)) report({ span: field.valueSpan, messageId: 'invalid', args: { value: field.value } });
  },
};
