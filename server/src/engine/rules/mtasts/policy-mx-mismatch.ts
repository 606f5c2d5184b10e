import type { ZoneRule } from '../rule';
import { SourceFile } from '../../text/source';
import { MTA_STS } from '../../mail/mtasts/record';
import { mxPatternMatches, parsePolicy, policyFields } from '../../mail/mtasts/policy';
import { isNullMx, recordsOfType } from '../../mail/tags/mail-records';
import { versionedRecords } from '../../mail/tags/versioned';

/**
 * Senders that apply an MTA-STS policy deliver only to MX hosts matching one of its `mx:` patterns
 * (RFC 8461 §4.1). An MX host the policy does not list is refused under `mode: enforce` and reported under
 * `testing`. Checked when the domain's `mta-sts.txt` is part of the workspace.
 */
export const mtastsPolicyMxMismatch: ZoneRule = {
  id: 'mtasts/policy-mx-mismatch',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 8461 §4.1',
  check(zone, report, env) {
    const lookup = env.workspace.mtaStsPolicyFor;
    if (!lookup) return;
    for (const { domain, valid } of versionedRecords(zone, MTA_STS)) {
      if (!valid) continue;
      const found = lookup.call(env.workspace, domain.replace(/\.$/, ''));
      if (!found) continue;
      const policy = parsePolicy(new SourceFile(found.path, found.text));
      const mode = policyFields(policy, 'mode')[0]?.value;
      if (mode === 'none') continue;
      const patterns = policyFields(policy, 'mx').map((field) => field.value);
      for (const mx of recordsOfType(zone, domain, 'MX')) {
        if (isNullMx(mx) || mx.typed?.type !== 'MX') continue;
        const host = mx.typed.exchange.fqdn;
        if (patterns.some((pattern) => mxPatternMatches(pattern, host))) continue;
        report({
          path: mx.file.path,
          span: mx.typed.exchange.span,
          args: { host, policy: found.path },
          severity: mode === 'enforce' ? 'error' : 'warning',
        });
      }
    }
  },
};
