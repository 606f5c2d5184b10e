/** A valid zone head (SOA, two name servers with addresses), no final line break; tests append their records. */
export const ZONE_HEAD = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 2026112301 7200 3600 1209600 3600',
  '@ IN NS ns1',
  '@ IN NS ns2',
  'ns1 IN A 192.0.2.1',
  'ns2 IN A 192.0.2.2',
].join('\n');
