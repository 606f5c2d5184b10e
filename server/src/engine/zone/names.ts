/** Domain-name handling for zone text: resolving against the origin and checking label/name lengths. */

export interface NameCheck {
  problem?: 'empty-label' | 'label-too-long' | 'name-too-long' | 'bad-escape';
  label?: string;
  length?: number;
}

/** True when the name ends in an unescaped dot. */
export function isAbsolute(name: string): boolean {
  if (!name.endsWith('.')) return false;
  let backslashes = 0;
  for (let i = name.length - 2; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** `name` ending in the root's dot, added when it has none (`example.com` → `example.com.`, `` → `.`). */
export function withTrailingDot(name: string): string {
  return name.endsWith('.') ? name : name + '.';
}

/** Absolute, lower-cased form of a name as written, relative names completed with `origin`. */
export function resolveName(name: string, origin: string): string {
  if (name === '@') return origin;
  const lower = hasUpper(name) ? name.toLowerCase() : name;
  if (isAbsolute(lower)) return lower;
  // join makes one flat string; a concatenation would keep a rope of its parts (and the name is kept per record).
  return origin === '.' ? [lower, ''].join('.') : [lower, origin].join('.');
}

/** The result of a name without problems (shared: most names have none). */
const NAME_OK: NameCheck = Object.freeze({});

/** Splits an absolute or relative presentation name into labels, keeping escapes, and checks lengths. */
export function checkName(name: string): NameCheck {
  if (name === '.' || name === '@') return NAME_OK;
  let labelOctets = 0;
  let labelStart = 0;
  let wire = 1;
  const text = name;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next >= 48 && next <= 57) {
        const digits = text.slice(i + 1, i + 4);
        if (!/^\d{3}$/.test(digits) || Number(digits) > 255) return { problem: 'bad-escape', label: text.slice(i, i + 4) };
        i += 3;
      } else if (Number.isNaN(next)) {
        return { problem: 'bad-escape', label: '\\' };
      } else {
        i += 1;
      }
      labelOctets++;
      continue;
    }
    if (c === 46) {
      if (labelOctets === 0) {
        if (i === text.length - 1 && i === 0) return NAME_OK;
        return { problem: 'empty-label' };
      }
      if (labelOctets > 63) return { problem: 'label-too-long', label: text.slice(labelStart, i), length: labelOctets };
      wire += labelOctets + 1;
      labelOctets = 0;
      labelStart = i + 1;
      continue;
    }
    labelOctets += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  if (labelOctets > 63) return { problem: 'label-too-long', label: text.slice(labelStart), length: labelOctets };
  if (labelOctets > 0) wire += labelOctets + 1;
  if (wire > 255) return { problem: 'name-too-long', length: wire };
  return NAME_OK;
}

/** The owner's labels relative to `origin` (`''` at the apex), or undefined when outside it. */
export function relativeTo(fqdn: string, origin: string): string | undefined {
  if (fqdn === origin) return '';
  if (origin === '.') return fqdn.slice(0, -1);
  if (fqdn.endsWith('.' + origin)) return fqdn.slice(0, fqdn.length - origin.length - 1);
  return undefined;
}

/** Whether toLowerCase would change `text` (conservatively true for any non-ASCII character). */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0x80) return true;
  }
  return false;
}
