/** A DMARC report URI (RFC 9989 §4.7 `rua`/`ruf`; RFC 7489 §6.2 allowed a `!size` suffix). */
export interface ReportUri {
  scheme: string | undefined;
  /** The address of a mailto: URI, without the scheme and any `?query`. */
  address: string | undefined;
  /** Host of the address (mailto) or of the authority (other schemes), lower-cased. */
  host: string | undefined;
  /** The `!size` suffix as written, when present. */
  sizeLimit: string | undefined;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

export function readReportUri(text: string): ReportUri {
  const bang = text.lastIndexOf('!');
  const sizeLimit = bang > 0 && /^\d+[kmgt]?$/i.test(text.slice(bang + 1)) ? text.slice(bang) : undefined;
  const uri = sizeLimit ? text.slice(0, bang) : text;
  const scheme = SCHEME.exec(uri)?.[1];
  if (!scheme) return { scheme: undefined, address: undefined, host: undefined, sizeLimit };
  const rest = uri.slice(scheme.length + 1);
  if (scheme.toLowerCase() === 'mailto') {
    const address = decodePercent(rest.split('?')[0]!);
    const at = address.lastIndexOf('@');
    return { scheme, address, host: at > 0 ? address.slice(at + 1).toLowerCase() : undefined, sizeLimit };
  }
  const authority = /^\/\/([^/?#]*)/.exec(rest)?.[1];
  const host = authority?.replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase();
  return { scheme, address: undefined, host: host || undefined, sizeLimit };
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A plausible mailbox: local part, `@`, a domain with at least two labels. */
export function isMailbox(address: string): boolean {
  return /^[^\s@,;!]+@[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)+\.?$/.test(address);
}
