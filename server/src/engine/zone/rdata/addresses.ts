/** Dotted-quad IPv4: four decimal octets 0–255, no leading zeros beyond a single 0. */
export function isValidIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

/** RFC 4291 §2.2 text forms, including `::` compression and a trailing dotted quad. */
export function isValidIPv6(text: string): boolean {
  if (text.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  let groups = text.split(':');
  let maxGroups = 8;
  const last = groups[groups.length - 1]!;
  if (last.includes('.')) {
    if (!isValidIPv4(last)) return false;
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
