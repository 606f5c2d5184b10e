/** Dotted-quad IPv4: four decimal octets 0–255, no leading zeros beyond a single 0. */
export function isValidIPv4(text: string): boolean {
  // One pass over the characters: four groups of 1–3 digits, no leading zero, each at most 255.
  let groups = 0;
  let digits = 0;
  let value = 0;
  let leadingZero = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || (leadingZero && digits > 1) || value > 255) return false;
      groups++;
      digits = 0;
      value = 0;
      continue;
    }
    if (c < 48 || c > 57 || digits === 3) return false;
    if (digits === 0) leadingZero = c === 48;
    value = value * 10 + (c - 48);
    digits++;
  }
  return groups === 4;
}

/** The original split-and-test form, kept for reference by the tests of the one-pass form. */
export function isValidIPv4BySplit(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

/** RFC 4291 §2.2 text forms, including `::` compression and a trailing dotted quad. */
export function isValidIPv6(text: string): boolean {
  if (text.length > 45 || text.length === 0) return false;
  // Without an embedded IPv4 address: one pass over the groups between colons.
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dot = true;
    else if (!(c === 58 || (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  if (dot) return isValidIPv6BySplit(text);
  const doubleColon = text.indexOf('::');
  if (doubleColon >= 0 && text.indexOf('::', doubleColon + 1) >= 0) return false;
  let groups = 0;
  let nonEmpty = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 58) continue;
    const length = i - start;
    if (length > 4) return false;
    if (length > 0) nonEmpty++;
    else if (doubleColon < 0) return false;
    groups++;
    start = i + 1;
  }
  if (doubleColon < 0) return groups === 8;
  if (text.charCodeAt(0) === 58 && text.charCodeAt(1) !== 58) return false;
  if (text.charCodeAt(text.length - 1) === 58 && text.charCodeAt(text.length - 2) !== 58) return false;
  return nonEmpty < 8;
}

/** The split-and-test form: used for addresses with an embedded IPv4 part, and by the tests of the one-pass form. */
export function isValidIPv6BySplit(text: string): boolean {
  if (text.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  let groups = text.split(':');
  let maxGroups = 8;
  const last = groups[groups.length - 1]!;
  if (last.includes('.')) {
    if (!isValidIPv4BySplit(last)) return false;
    groups = groups.slice(0, -1);
    maxGroups = 6;
    if (text.endsWith('::' + last)) groups.push('');
  }
  const doubleColon = text.indexOf('::');
  if (doubleColon >= 0 && text.indexOf('::', doubleColon + 1) >= 0) return false;
  if (doubleColon < 0) {
    return groups.length === maxGroups && groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g));
  }
  const nonEmpty = groups.filter((g) => g !== '');
  if (!nonEmpty.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (text.startsWith(':') && !text.startsWith('::')) return false;
  if (text.endsWith(':') && !text.endsWith('::')) return false;
  return nonEmpty.length < maxGroups;
}
