/**
 * Zone rules whose findings on a record depend only on the records at that record's owner (and on the zone's
 * origin, apex SOA and settings, which an incremental re-lint treats as a change of everything). After an edit
 * they run again only on the owners whose records changed; every other zone rule runs on the whole zone.
 * A rule belongs here only if it reports on the records it is given and looks at no other owner; the
 * random-edit equality test (test/engine/incremental) checks the list against full re-lints.
 */
export const OWNER_LOCAL_RULES: ReadonlySet<string> = new Set([
  // zone
  'zone/class-mismatch',
  'zone/cname-and-other-data',
  'zone/duplicate-record',
  'zone/multiple-cname',
  'zone/out-of-zone',
  'zone/relative-name-mistake',
  'zone/rrset-ttl-mismatch',
  // spf: one record's terms, or the SPF records of one owner
  'spf/bad-cidr',
  'spf/bad-domain-spec',
  'spf/bad-ip',
  'spf/bad-version',
  'spf/broken-join',
  'spf/duplicate-modifier',
  'spf/exp-only-macro',
  'spf/fail-include',
  'spf/macro',
  'spf/multiple-records',
  'spf/no-all',
  'spf/permissive-all',
  'spf/ptr',
  'spf/redirect-with-all',
  'spf/suspicious-modifier',
  'spf/syntax',
  'spf/terms-after-all',
  'spf/too-long',
  'spf/type-spf',
  'spf/unknown-mechanism',
  // dkim
  'dkim/invalid-base64',
  'dkim/invalid-tag-value',
  'dkim/key-too-large',
  'dkim/missing-key',
  'dkim/multiple-records',
  'dkim/outside-domainkey',
  'dkim/private-key-published',
  'dkim/revoked-key',
  'dkim/sha1-hash',
  'dkim/tag-syntax',
  'dkim/testing-mode',
  'dkim/undecodable-key',
  'dkim/version-not-first',
  'dkim/weak-key',
  // dmarc (report authorization looks at other zones)
  'dmarc/invalid-tag-value',
  'dmarc/missing-policy',
  'dmarc/multiple-records',
  'dmarc/no-reports',
  'dmarc/outside-dmarc',
  'dmarc/removed-tag',
  'dmarc/report-uri',
  'dmarc/tag-syntax',
  'dmarc/version-not-first',
  // mx: an owner's MX records with that owner's SPF (and, for missing-dmarc, its DMARC record: a companion)
  'mx/missing-dmarc',
  'mx/missing-spf',
  'mx/null-mx-not-alone',
  'mx/null-mx-without-spf',
  // srv, mta-sts, tls-rpt, bimi: one record's tags
  'srv/wrong-port',
  'mtasts/invalid-id',
  'mtasts/multiple-records',
  'mtasts/tag-syntax',
  'mtasts/version',
  'tlsrpt/invalid-rua',
  'tlsrpt/multiple-records',
  'tlsrpt/tag-syntax',
  'tlsrpt/version',
  'bimi/invalid-uri',
  'bimi/multiple-records',
  'bimi/tag-syntax',
  'bimi/version',
]);

/**
 * Owner-local rules whose messages name another record's line ("repeats the one on line 12"): when an edit
 * adds or removes lines, they run again on every owner that has such a finding, since a kept message would
 * name the old line.
 */
export const LINE_NAMING_RULES: ReadonlySet<string> = new Set(['zone/duplicate-record']);

/**
 * Owner-local rules that also read records at a few names made from the owner, its companions: mx/missing-dmarc
 * reads `_dmarc.<owner>` (and `_dmarc.<origin>`, whose change re-lints everything). A change at a companion
 * re-runs the rule for the owner it belongs to.
 */
export interface Companions {
  namesFor(owner: string, origin: string): string[];
  /** The owner a changed name is a companion of, if any. */
  ownerOf(name: string): string | undefined;
}

export const OWNER_COMPANIONS: ReadonlyMap<string, Companions> = new Map([
  [
    'mx/missing-dmarc',
    {
      namesFor: (owner: string, origin: string) => [`_dmarc.${owner}`, `_dmarc.${origin}`],
      ownerOf: (name: string) => (name.startsWith('_dmarc.') ? name.slice('_dmarc.'.length) : undefined),
    },
  ],
]);

/**
 * Cross-owner rules that report on an owner's own records and look elsewhere only by name (the SPF lookup
 * rules follow include and redirect): when the changed records are all such subjects that nothing refers to,
 * the rule runs for their owners alone, with every other owner there to look up.
 */
export const SUBJECT_RULES: ReadonlySet<string> = new Set(['spf/too-many-lookups', 'spf/include-loop', 'spf/target-without-spf']);
