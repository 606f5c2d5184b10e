/**
 * Host names that are mail exchangers by their look: the first label (`mx`, `mx1`, `mxbiz1`, `aspmx`, …) or
 * a provider's documented MX domain (REFERENCE §7). Used to tell "a mail host entered as a CNAME" from an
 * ordinary alias.
 */
const MX_FIRST_LABEL = /^(mx|mx\d+|mx-\w+|mxbiz\d*|mxn|mxw|aspmx|alt\d+|in\d+-smtp|inbound-smtp|mail-in|smtp-in)$/;
const MX_SUFFIXES = ['.mail.protection.outlook.com.', '.mx.microsoft.', '.aspmx.l.google.com.', '.mxhichina.com.'];

export function looksLikeMailExchanger(fqdn: string): boolean {
  const lower = fqdn.toLowerCase();
  const first = lower.split('.')[0] ?? '';
  return MX_FIRST_LABEL.test(first) || MX_SUFFIXES.some((suffix) => lower.endsWith(suffix)) || lower === 'aspmx.l.google.com.';
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IPv4 or IPv6 literal as someone might type it where a host name belongs (a trailing dot tolerated). */
export function isAddressLiteral(text: string): boolean {
  const bare = text.replace(/\.$/, '').replace(/^\[|\]$/g, '');
  return IPV4.test(bare) || (/^[0-9A-Fa-f:.]+$/.test(bare) && bare.includes(':') && bare.split(':').length >= 3);
}
