/**
 * Reads the key in a DKIM `p=` tag: an RSA key as SubjectPublicKeyInfo (what RFC 6376 §3.6.1 specifies and
 * `openssl pkey -pubout` writes) or as a bare RSAPublicKey (PKCS#1, which many verifiers also accept), or an
 * Ed25519 key as its raw 32 bytes (RFC 8463 §4.2). Only the small part of DER these keys use is read.
 */

export type DkimPublicKey =
  | { kind: 'rsa'; bits: number; format: 'spki' | 'pkcs1' }
  | { kind: 'ed25519'; bytes: number; format: 'raw' | 'spki' }
  | { kind: 'undecodable'; reason: 'not-der' | 'unknown-algorithm'; oid?: string }
  /** A private key (PKCS#1 RSAPrivateKey or PKCS#8 PrivateKeyInfo) pasted where the public key belongs. */
  | { kind: 'private'; format: 'pkcs1' | 'pkcs8' };

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_ED25519 = '1.3.101.112';

interface DerNode {
  tag: number;
  start: number;
  end: number;
}

/** The DER element at `at`, or undefined when its header or length runs past `limit`. */
function readNode(bytes: Uint8Array, at: number, limit: number): DerNode | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  if (end > limit) return undefined;
  return { tag, start, end };
}

function children(bytes: Uint8Array, node: DerNode): DerNode[] | undefined {
  const out: DerNode[] = [];
  let at = node.start;
  while (at < node.end) {
    const child = readNode(bytes, at, node.end);
    if (!child) return undefined;
    out.push(child);
    at = child.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const OBJECT_ID = 0x06;

/**
 * RSAPrivateKey ::= SEQUENCE { version INTEGER, modulus, publicExponent, privateExponent, … } (nine integers);
 * PrivateKeyInfo ::= SEQUENCE { version INTEGER, AlgorithmIdentifier, OCTET STRING, … }.
 */
function privateKeyFormat(bytes: Uint8Array, root: DerNode): 'pkcs1' | 'pkcs8' | undefined {
  const parts = children(bytes, root);
  if (!parts || parts.length < 3 || parts[0]!.tag !== INTEGER || parts[0]!.end - parts[0]!.start !== 1 || bytes[parts[0]!.start]! > 1) return undefined;
  if (parts.length >= 9 && parts.slice(0, 9).every((p) => p.tag === INTEGER)) return 'pkcs1';
  if (parts[1]!.tag === SEQUENCE && parts[2]!.tag === OCTET_STRING) return 'pkcs8';
  return undefined;
}

function integerBits(bytes: Uint8Array, node: DerNode): number {
  let at = node.start;
  while (at < node.end && bytes[at] === 0) at++;
  if (at === node.end) return 0;
  return (node.end - at - 1) * 8 + (32 - Math.clz32(bytes[at]!));
}

function oidText(bytes: Uint8Array, node: DerNode): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = node.start; i < node.end; i++) {
    const b = bytes[i]!;
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } */
function rsaModulusBits(bytes: Uint8Array, node: DerNode | undefined): number | undefined {
  if (!node || node.tag !== SEQUENCE) return undefined;
  const parts = children(bytes, node);
  if (!parts || parts.length !== 2 || parts[0]!.tag !== INTEGER || parts[1]!.tag !== INTEGER) return undefined;
  return integerBits(bytes, parts[0]!);
}

function fromSpki(bytes: Uint8Array, root: DerNode): DkimPublicKey | undefined {
  const parts = children(bytes, root);
  if (!parts || parts.length !== 2 || parts[0]!.tag !== SEQUENCE || parts[1]!.tag !== BIT_STRING) return undefined;
  const algorithm = children(bytes, parts[0]!);
  const oidNode = algorithm?.[0];
  if (!oidNode || oidNode.tag !== OBJECT_ID) return undefined;
  const oid = oidText(bytes, oidNode);
  // The BIT STRING's first content byte counts unused bits; the key follows it.
  const keyStart = parts[1]!.start + 1;
  const keyEnd = parts[1]!.end;
  if (oid === OID_RSA) {
    const bits = rsaModulusBits(bytes, readNode(bytes, keyStart, keyEnd));
    return bits === undefined ? undefined : { kind: 'rsa', bits, format: 'spki' };
  }
  if (oid === OID_ED25519) return { kind: 'ed25519', bytes: keyEnd - keyStart, format: 'spki' };
  return { kind: 'undecodable', reason: 'unknown-algorithm', oid };
}

/** Decodes the key bytes, treating them as Ed25519 raw bytes when the record says `k=ed25519`. */
export function readDkimKey(bytes: Uint8Array, declaredAlgorithm: string): DkimPublicKey {
  const root = readNode(bytes, 0, bytes.length);
  const wholeDer = root !== undefined && root.tag === SEQUENCE && root.end === bytes.length;
  const privateFormat = wholeDer ? privateKeyFormat(bytes, root) : undefined;
  if (privateFormat) return { kind: 'private', format: privateFormat };
  if (declaredAlgorithm === 'ed25519') {
    if (wholeDer) {
      const spki = fromSpki(bytes, root);
      if (spki) return spki;
    }
    return { kind: 'ed25519', bytes: bytes.length, format: 'raw' };
  }
  if (!wholeDer) return { kind: 'undecodable', reason: 'not-der' };
  const spki = fromSpki(bytes, root);
  if (spki) return spki;
  const bits = rsaModulusBits(bytes, root);
  if (bits !== undefined) return { kind: 'rsa', bits, format: 'pkcs1' };
  return { kind: 'undecodable', reason: 'not-der' };
}
