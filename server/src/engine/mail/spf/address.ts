/** RFC 7208 §5.6 ip4-network: four decimal octets 0–255 written without leading zeros. */
export function isSpfIp4(text: string): boolean {
  let parts = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 46) continue;
    if (!isQnum(text, from, i)) return false;
    parts++;
    from = i + 1;
  }
  return parts === 4;
}

/** text[from, to) is `0` or 1–3 digits without a leading zero, at most 255. */
function isQnum(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 3) return false;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    value = value * 10 + (c - 48);
  }
  if (length > 1 && text.charCodeAt(from) === 48) return false;
  return value <= 255;
}

/** RFC 4291 §2.2 text forms: eight hex groups, one `::`, optionally an IPv4 tail in the last 32 bits. */
export function isIp6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const group = all[i]!;
    const isLast = i === all.length - 1;
    if (isLast && group.includes('.')) {
      if (!isSpfIp4(group)) return false;
      count += 2;
    } else if (/^[0-9a-f]{1,4}$/i.test(group)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** A loose test for "this was meant as an IPv4 address" (digits and dots), used to suggest ip4/ip6. */
export function looksLikeIp4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}(\/\d*)?$/.test(text);
}

export function looksLikeIp6(text: string): boolean {
  return /^[0-9a-f]*:[0-9a-f:.]*(\/\d*)?$/i.test(text) && text.includes(':');
}
