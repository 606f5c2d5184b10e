import { X509Certificate } from 'node:crypto';
import type { FileReader } from '../workspace';
import { isAbsolutePath, resolvePath } from '../zone/paths';

/** What the TLS checks need to know about a certificate file. */
export interface CertificateInfo {
  path: string;
  keyType: string;
  notBefore: Date;
  notAfter: Date;
  /** DNS names from subjectAltName, else the subject CN. */
  names: string[];
  issuer: string;
  letsEncrypt: boolean;
}

export type CertificateRead = { state: 'ok'; info: CertificateInfo } | { state: 'unreadable' } | { state: 'invalid' } | { state: 'dynamic' };

/** Resolves a certificate path as nginx does: relative paths against the configuration prefix. */
export function certificatePath(value: string, prefix: string): string | undefined {
  if (value.includes('$') || value.startsWith('data:') || value.startsWith('engine:') || value.startsWith('store:')) return undefined;
  return isAbsolutePath(value) ? value : resolvePath(prefix, value);
}

const decoder = new TextDecoder();

function readPem(reader: FileReader, path: string): string | undefined {
  const bytes = reader.readBytes?.(path);
  if (bytes) return decoder.decode(bytes);
  return reader.readText(path);
}

const cache = new Map<string, CertificateRead>();

/** Reads the first certificate of a PEM file (the leaf, in nginx's order). */
export function readCertificate(reader: FileReader, value: string, prefix: string): CertificateRead {
  const path = certificatePath(value, prefix);
  if (!path) return { state: 'dynamic' };
  const text = readPem(reader, path);
  if (text === undefined) return { state: 'unreadable' };
  const key = `${path}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = parseCertificate(path, text);
  if (cache.size > 256) cache.clear();
  cache.set(key, result);
  return result;
}

function parseCertificate(path: string, text: string): CertificateRead {
  const match = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(text);
  if (!match) return { state: 'invalid' };
  try {
    const cert = new X509Certificate(match[0]);
    const sanNames = (cert.subjectAltName ?? '')
      .split(/,\s*/)
      .filter((entry) => entry.startsWith('DNS:'))
      .map((entry) => entry.slice(4).toLowerCase());
    const cn = /(?:^|\n)CN=([^\n]+)/.exec(cert.subject)?.[1];
    return {
      state: 'ok',
      info: {
        path,
        keyType: cert.publicKey.asymmetricKeyType ?? 'unknown',
        notBefore: new Date(cert.validFrom),
        notAfter: new Date(cert.validTo),
        names: sanNames.length > 0 ? sanNames : cn ? [cn.toLowerCase()] : [],
        issuer: cert.issuer,
        letsEncrypt: /(?:^|\n)O=Let's Encrypt(?:\n|$)/.test(cert.issuer),
      },
    };
  } catch {
    return { state: 'invalid' };
  }
}

/** Whether a certificate name (possibly `*.example.com`) covers a host name, per RFC 6125 §6.4.3. */
export function nameCovers(certName: string, host: string): boolean {
  const name = certName.toLowerCase();
  const target = host.toLowerCase().replace(/\.$/, '');
  if (name === target) return true;
  if (!name.startsWith('*.')) return false;
  const suffix = name.slice(1);
  return target.endsWith(suffix) && !target.slice(0, -suffix.length).includes('.') && target.length > suffix.length;
}

/** Bit length of the prime in a PEM `DH PARAMETERS` block (DHParameter ::= SEQUENCE { p INTEGER, g INTEGER, … }). */
export function dhParamBits(text: string): number | undefined {
  const match = /-----BEGIN DH PARAMETERS-----([\s\S]*?)-----END DH PARAMETERS-----/.exec(text);
  if (!match) return undefined;
  const der = Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
  let i = 0;
  const readLength = (): number | undefined => {
    const first = der[i++];
    if (first === undefined) return undefined;
    if (first < 0x80) return first;
    let length = 0;
    for (let n = first & 0x7f; n > 0; n--) {
      const byte = der[i++];
      if (byte === undefined) return undefined;
      length = length * 256 + byte;
    }
    return length;
  };
  if (der[i++] !== 0x30 || readLength() === undefined) return undefined;
  if (der[i++] !== 0x02) return undefined;
  let length = readLength();
  if (length === undefined || i + length > der.length) return undefined;
  while (length > 0 && der[i] === 0) {
    i++;
    length--;
  }
  if (length === 0) return 0;
  return (length - 1) * 8 + (32 - Math.clz32(der[i]!));
}

export function readDhParamBits(reader: FileReader, value: string, prefix: string): number | 'unreadable' | undefined {
  const path = certificatePath(value, prefix);
  if (!path) return undefined;
  const text = readPem(reader, path);
  if (text === undefined) return 'unreadable';
  return dhParamBits(text);
}
