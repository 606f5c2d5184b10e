import type { CatalogueSection } from '../types';

export const dmarcRules: CatalogueSection = {
  'dmarc/tag-syntax': {
    title: 'DMARC record is not a valid tag list',
    doc: 'A DMARC record is a list of `name=value` pairs separated by `;` (RFC 9989 §4.7). A part without `=` or a repeated tag leaves receivers guessing, and many discard the whole record.',
    messages: {
      default: 'Malformed tag in the DMARC record.',
      'missing-equals': 'This part of the DMARC record has no "=": every tag is written name=value.',
      'empty-name': 'A value without a tag name in the DMARC record.',
      'bad-name': 'Tag name "{name}" is not valid: names start with a letter and hold letters, digits and "_".',
      duplicate: 'Tag "{name}" appears twice in the DMARC record.',
    },
  },
  'dmarc/version-not-first': {
    title: 'DMARC record does not start with `v=DMARC1`',
    doc: 'Receivers use a TXT record at `_dmarc` only if it starts with `v=DMARC1`, written exactly so: first, upper-case (RFC 9989 §4.7). Anything else is ignored as if the domain had no DMARC policy. The fix moves the version tag to the front.',
    messages: {
      default: '"{written}" must be the first tag: receivers ignore this record as written.',
      exact: '"{written}" must be written exactly v=DMARC1: receivers ignore this record as written.',
      missing: 'This record has no v=DMARC1 tag: receivers ignore it. It must start with v=DMARC1.',
      noSemicolon: '"{written}": a ";" is missing after v=DMARC1, so the rest is read as part of the version and receivers ignore the record.',
    },
  },
  'dmarc/invalid-tag-value': {
    title: 'DMARC tag has an invalid value',
    doc: 'RFC 9989 §4.7 fixes the values: `p`, `sp`, `np` are `none`, `quarantine` or `reject`; `adkim` and `aspf` are `r` (relaxed) or `s` (strict); `fo` is a colon list of `0`, `1`, `d`, `s`; `t` is `y` or `n`; `psd` is `y`, `n` or `u`. An invalid `p` leaves the domain with no enforced policy.',
    messages: {
      default: '"{value}" is not a valid value for {tag}= (expected {allowed}).',
      empty: '{tag}= is empty (expected {allowed}).',
    },
  },
  'dmarc/report-uri': {
    title: 'DMARC report address is not a usable URI',
    doc: '`rua=` and `ruf=` take a comma-separated list of URIs, and `mailto:` is the scheme reports are sent to (RFC 9989 §4.7). A bare address without `mailto:` is not a URI, so no report is sent to it. The `!size` limit of RFC 7489 §6.2 was dropped by RFC 9989.',
    messages: {
      default: 'This report address is not a valid URI.',
      noScheme: '"{uri}" has no scheme: write mailto:{uri}.',
      unsupportedScheme: '"{uri}": DMARC reports are only sent to mailto: addresses.',
      badAddress: '"{uri}" is not a valid mailto: address.',
      sizeLimit: '"{uri}": the !size suffix is obsolete (RFC 9989); receivers ignore it.',
      empty: 'Empty entry in {tag}=.',
    },
  },
  'dmarc/removed-tag': {
    title: 'DMARC tag removed by RFC 9989',
    doc: 'RFC 9989 (which obsoletes RFC 7489) removed three tags. `pct` (apply the policy to a percentage of mail) is replaced by `t=y`, which marks a policy under test. `rf` (failure-report format) is gone because only one format remains. `ri` (report interval) is gone because reporters choose it, daily in practice. Receivers following RFC 9989 ignore these tags.',
    messages: {
      default: 'This tag was removed by RFC 9989.',
      pct: 'pct={value} was removed by RFC 9989: use t=y while testing a policy, or nothing once it is enforced.',
      rf: 'rf={value} was removed by RFC 9989: failure reports have a single format now.',
      ri: 'ri={value} was removed by RFC 9989: reporters choose the interval (daily in practice).',
    },
  },
  'dmarc/missing-policy': {
    title: 'DMARC record has no `p=` policy',
    doc: 'RFC 9989 §4.7 made `p=` optional: a record without it but with a valid `rua=` counts as `p=none`. A record with neither does nothing. Receivers still implementing RFC 7489, where `p=` was required right after `v=`, discard a record without it, so spell out `p=none` even while monitoring.',
    messages: {
      default: 'No p= and no rua=: this DMARC record asks for nothing and receivers ignore it.',
      noPolicyWithReports: 'No p=: treated as p=none by RFC 9989 receivers, but RFC 7489 receivers discard the record. Write p=none explicitly.',
    },
  },
  'dmarc/multiple-records': {
    title: 'More than one DMARC record',
    doc: 'When `_dmarc.<domain>` has more than one record starting with `v=DMARC1`, receivers apply no DMARC policy at all (RFC 9989 §4.8). Merge them into one record.',
    messages: { default: '{owner} has {count} DMARC records: receivers then apply none of them.' },
  },
  'dmarc/outside-dmarc': {
    title: 'DMARC record outside `_dmarc`',
    doc: 'Receivers look up the policy at `_dmarc.<domain>` only (RFC 9989 §4.8). A `v=DMARC1` record at the domain itself or anywhere else is never read. (Records at `<domain>._report._dmarc.<host>` are report authorisations and are fine.)',
    messages: { default: 'This DMARC record at {owner} is never read: it belongs at {expected}' },
  },
  'dmarc/no-reports': {
    title: 'DMARC monitoring policy without report address',
    doc: '`p=none` asks receivers to take no action; its purpose is to collect aggregate reports of who sends mail as the domain before enforcing (RFC 9989 §5.2). Without `rua=` nobody receives those reports, so the record neither protects the domain nor tells its owner anything. Add `rua=mailto:…`, or move to `p=quarantine`/`p=reject`.',
    messages: { default: 'p=none with no rua=: receivers take no action and send their reports nowhere.' },
  },
  'dmarc/report-authorization': {
    title: 'External DMARC report destination has not authorised the reports',
    doc: 'Reports for one domain sent to an address at another domain are delivered only if the destination publishes a TXT record `v=DMARC1` at `<policy-domain>._report._dmarc.<destination>` (RFC 7489 §7.1, kept in RFC 9990). The destination zone is part of this workspace and has no such record, so receivers will drop this address.',
    messages: { default: '{host} does not authorise these reports: add a TXT "v=DMARC1" at {name} (in {file}).' },
  },
};
