import type { PolicyRule } from '../../mail/mtasts/policy-rule';

/** Every line of a policy file is `key: value` (RFC 8461 §3.2); keys are letters, digits, `_`, `-`, `.`. */
export const mtastsPolicySyntax: PolicyRule = {
  id: 'mtasts/policy-syntax',
  language: 'mta-sts',
  defaultSeverity: 'error',
  source: 'RFC 8461 §3.2',
  check(policy, report) {
    for (const problem of policy.problems) report({ span: problem.span, messageId: problem.kind });
  },
};
