import { compiledSuiteRows, type CompiledSuiteRow } from './suites-compiled';

/**
 * The TLS 1.2-and-older cipher suites OpenSSL 3.0 knows, with the algorithm bits its cipher-string
 * grammar matches on. The bit values are MailZone's own; what matters is that every alias is the same
 * union of them as in OpenSSL's ssl_ciph.c.
 */

export const KX = { RSA: 0x1, DHE: 0x2, ECDHE: 0x4, PSK: 0x8, RSAPSK: 0x10, ECDHEPSK: 0x20, DHEPSK: 0x40, SRP: 0x80, GOST: 0x100, GOST18: 0x200 } as const;
export const AUTH = { RSA: 0x1, DSS: 0x2, NULL: 0x4, ECDSA: 0x8, PSK: 0x10, GOST01: 0x20, SRP: 0x40, GOST12: 0x80 } as const;
export const ENC = {
  DES: 0x1, TDES: 0x2, RC4: 0x4, RC2: 0x8, IDEA: 0x10, NULL: 0x20, AES128: 0x40, AES256: 0x80,
  CAMELLIA128: 0x100, CAMELLIA256: 0x200, GOST89: 0x400, SEED: 0x800, AES128GCM: 0x1000, AES256GCM: 0x2000,
  AES128CCM: 0x4000, AES256CCM: 0x8000, AES128CCM8: 0x10000, AES256CCM8: 0x20000, GOST8912: 0x40000,
  CHACHA20: 0x80000, ARIA128GCM: 0x100000, ARIA256GCM: 0x200000, MAGMA: 0x400000, KUZNYECHIK: 0x800000,
} as const;
export const MAC = { MD5: 0x1, SHA1: 0x2, GOST94: 0x4, GOST89MAC: 0x8, SHA256: 0x10, SHA384: 0x20, AEAD: 0x40, GOST12: 0x80, GOST89MAC12: 0x100 } as const;
/** algo_strength: the strength classes, the FIPS mark and "not in DEFAULT". EXPORT is MailZone's, for suites OpenSSL 1.1 removed. */
export const STRENGTH = { NONE: 0x1, LOW: 0x2, MEDIUM: 0x4, HIGH: 0x8, FIPS: 0x10, NOT_DEFAULT: 0x20, EXPORT: 0x40 } as const;
export const STRONG_MASK = STRENGTH.NONE | STRENGTH.LOW | STRENGTH.MEDIUM | STRENGTH.HIGH | STRENGTH.FIPS | STRENGTH.EXPORT;
export const DEFAULT_MASK = STRENGTH.NOT_DEFAULT;

export const ENC_AES = ENC.AES128 | ENC.AES256 | ENC.AES128GCM | ENC.AES256GCM | ENC.AES128CCM | ENC.AES256CCM | ENC.AES128CCM8 | ENC.AES256CCM8;
export const ENC_AESGCM = ENC.AES128GCM | ENC.AES256GCM;
export const ENC_CBC = ENC.DES | ENC.TDES | ENC.RC2 | ENC.IDEA | ENC.AES128 | ENC.AES256 | ENC.CAMELLIA128 | ENC.CAMELLIA256 | ENC.SEED;
export const KX_PSK = KX.PSK | KX.RSAPSK | KX.ECDHEPSK | KX.DHEPSK;
export const KX_FORWARD_SECRET = KX.DHE | KX.ECDHE | KX.DHEPSK | KX.ECDHEPSK;

export const SSL3 = 0x300;
export const TLS1 = 0x301;
export const TLS1_2 = 0x303;

export interface Suite {
  /** OpenSSL's name, e.g. ECDHE-RSA-AES128-GCM-SHA256. */
  name: string;
  /** The IANA (RFC) name, e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. */
  iana: string;
  id: number;
  /** Minimum protocol version (0x300 SSLv3, 0x301 TLSv1, 0x303 TLSv1.2). */
  minTls: number;
  kx: number;
  auth: number;
  enc: number;
  mac: number;
  strength: number;
  /** Symmetric strength in bits (3DES counts 112). */
  bits: number;
  /** False for suites this OpenSSL build lacks (RC4, DES, 3DES, IDEA, SEED, export grade). */
  compiled: boolean;
  /** Labels as `openssl ciphers -v` prints them. */
  kxLabel: string;
  authLabel: string;
  encLabel: string;
  macLabel: string;
}

const kxByLabel: Record<string, number> = { RSA: KX.RSA, DH: KX.DHE, ECDH: KX.ECDHE, PSK: KX.PSK, RSAPSK: KX.RSAPSK, ECDHEPSK: KX.ECDHEPSK, DHEPSK: KX.DHEPSK, SRP: KX.SRP };
const authByLabel: Record<string, number> = { RSA: AUTH.RSA, DSS: AUTH.DSS, None: AUTH.NULL, ECDSA: AUTH.ECDSA, PSK: AUTH.PSK, SRP: AUTH.SRP };
const macByLabel: Record<string, number> = { MD5: MAC.MD5, SHA1: MAC.SHA1, SHA256: MAC.SHA256, SHA384: MAC.SHA384, AEAD: MAC.AEAD };
const versionByLabel: Record<string, number> = { SSLv3: SSL3, TLSv1: TLS1, 'TLSv1.2': TLS1_2 };

function encFromLabel(label: string, bits: number): number {
  const by256 = bits === 256;
  switch (label) {
    case 'AES': return by256 ? ENC.AES256 : ENC.AES128;
    case 'AESGCM': return by256 ? ENC.AES256GCM : ENC.AES128GCM;
    case 'AESCCM': return by256 ? ENC.AES256CCM : ENC.AES128CCM;
    case 'AESCCM8': return by256 ? ENC.AES256CCM8 : ENC.AES128CCM8;
    case 'Camellia': return by256 ? ENC.CAMELLIA256 : ENC.CAMELLIA128;
    case 'ARIAGCM': return by256 ? ENC.ARIA256GCM : ENC.ARIA128GCM;
    case 'CHACHA20/POLY1305': return ENC.CHACHA20;
    case 'None': return ENC.NULL;
    case 'RC4': return ENC.RC4;
    case 'DES': return ENC.DES;
    case '3DES': return ENC.TDES;
    case 'IDEA': return ENC.IDEA;
    case 'SEED': return ENC.SEED;
    default: throw new Error(`unknown cipher label ${label}`);
  }
}

function strengthFromLabels(labels: string): number {
  let strength = 0;
  for (const label of labels.split('|')) if (label) strength |= STRENGTH[label as keyof typeof STRENGTH];
  return strength;
}

function suiteFromRow(row: CompiledSuiteRow, compiled: boolean): Suite {
  const [name, iana, id, version, kxLabel, authLabel, encLabel, bits, macLabel, classes] = row;
  return {
    name,
    iana,
    id,
    minTls: versionByLabel[version]!,
    kx: kxByLabel[kxLabel]!,
    auth: authByLabel[authLabel]!,
    enc: encFromLabel(encLabel, bits),
    mac: macByLabel[macLabel]!,
    strength: strengthFromLabels(classes),
    bits: encLabel === '3DES' ? 112 : bits,
    compiled,
    kxLabel,
    authLabel,
    encLabel,
    macLabel,
  };
}

/**
 * Suites OpenSSL 3.0 no longer builds (Debian's package lacks them): a cipher string that names them still
 * says something weak is wanted. Facts from OpenSSL 1.0.2's s3_lib.c and the IANA TLS registry.
 */
const legacyRows: readonly CompiledSuiteRow[] = [
  ['RC4-MD5', 'TLS_RSA_WITH_RC4_128_MD5', 0x0004, 'SSLv3', 'RSA', 'RSA', 'RC4', 128, 'MD5', 'MEDIUM|NOT_DEFAULT'],
  ['RC4-SHA', 'TLS_RSA_WITH_RC4_128_SHA', 0x0005, 'SSLv3', 'RSA', 'RSA', 'RC4', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['ECDHE-RSA-RC4-SHA', 'TLS_ECDHE_RSA_WITH_RC4_128_SHA', 0xc011, 'TLSv1', 'ECDH', 'RSA', 'RC4', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['ECDHE-ECDSA-RC4-SHA', 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA', 0xc007, 'TLSv1', 'ECDH', 'ECDSA', 'RC4', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['ADH-RC4-MD5', 'TLS_DH_anon_WITH_RC4_128_MD5', 0x0018, 'SSLv3', 'DH', 'None', 'RC4', 128, 'MD5', 'MEDIUM|NOT_DEFAULT'],
  ['DES-CBC3-SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', 0x000a, 'SSLv3', 'RSA', 'RSA', '3DES', 168, 'SHA1', 'MEDIUM|FIPS'],
  ['ECDHE-RSA-DES-CBC3-SHA', 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA', 0xc012, 'TLSv1', 'ECDH', 'RSA', '3DES', 168, 'SHA1', 'MEDIUM|FIPS'],
  ['ECDHE-ECDSA-DES-CBC3-SHA', 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA', 0xc008, 'TLSv1', 'ECDH', 'ECDSA', '3DES', 168, 'SHA1', 'MEDIUM|FIPS'],
  ['DHE-RSA-DES-CBC3-SHA', 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA', 0x0016, 'SSLv3', 'DH', 'RSA', '3DES', 168, 'SHA1', 'MEDIUM|FIPS'],
  ['DHE-DSS-DES-CBC3-SHA', 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA', 0x0013, 'SSLv3', 'DH', 'DSS', '3DES', 168, 'SHA1', 'MEDIUM|FIPS|NOT_DEFAULT'],
  ['ADH-DES-CBC3-SHA', 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA', 0x001b, 'SSLv3', 'DH', 'None', '3DES', 168, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['DES-CBC-SHA', 'TLS_RSA_WITH_DES_CBC_SHA', 0x0009, 'SSLv3', 'RSA', 'RSA', 'DES', 56, 'SHA1', 'LOW'],
  ['EDH-RSA-DES-CBC-SHA', 'TLS_DHE_RSA_WITH_DES_CBC_SHA', 0x0015, 'SSLv3', 'DH', 'RSA', 'DES', 56, 'SHA1', 'LOW'],
  ['IDEA-CBC-SHA', 'TLS_RSA_WITH_IDEA_CBC_SHA', 0x0007, 'SSLv3', 'RSA', 'RSA', 'IDEA', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['SEED-SHA', 'TLS_RSA_WITH_SEED_CBC_SHA', 0x0096, 'SSLv3', 'RSA', 'RSA', 'SEED', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['DHE-RSA-SEED-SHA', 'TLS_DHE_RSA_WITH_SEED_CBC_SHA', 0x009a, 'SSLv3', 'DH', 'RSA', 'SEED', 128, 'SHA1', 'MEDIUM|NOT_DEFAULT'],
  ['EXP-RC4-MD5', 'TLS_RSA_EXPORT_WITH_RC4_40_MD5', 0x0003, 'SSLv3', 'RSA', 'RSA', 'RC4', 40, 'MD5', 'EXPORT|NOT_DEFAULT'],
  ['EXP-DES-CBC-SHA', 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA', 0x0008, 'SSLv3', 'RSA', 'RSA', 'DES', 40, 'SHA1', 'EXPORT|NOT_DEFAULT'],
  ['EXP-EDH-RSA-DES-CBC-SHA', 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA', 0x0014, 'SSLv3', 'DH', 'RSA', 'DES', 40, 'SHA1', 'EXPORT|NOT_DEFAULT'],
];

/** The suites compiled into Debian's OpenSSL 3.0, in the order `ALL:COMPLEMENTOFALL` lists them. */
export const compiledSuites: readonly Suite[] = compiledSuiteRows.map((row) => suiteFromRow(row, true));
/** Compiled and legacy suites together, for judging what a cipher string asks for. */
export const allSuites: readonly Suite[] = [...compiledSuites, ...legacyRows.map((row) => suiteFromRow(row, false))];

const byName = new Map(allSuites.map((suite) => [suite.name, suite]));

export function suiteByName(name: string): Suite | undefined {
  return byName.get(name);
}

export function isForwardSecret(suite: Suite): boolean {
  return (suite.kx & KX_FORWARD_SECRET) !== 0;
}

export function isAead(suite: Suite): boolean {
  return suite.mac === MAC.AEAD;
}

export function isCbc(suite: Suite): boolean {
  return (suite.enc & ENC_CBC) !== 0;
}

/** Broken beyond use: no encryption, no authentication, RC4, (3)DES, IDEA (64-bit block), MD5 or export grade. */
export function isInsecure(suite: Suite): boolean {
  return (
    (suite.enc & (ENC.NULL | ENC.RC4 | ENC.DES | ENC.TDES | ENC.IDEA | ENC.RC2)) !== 0 ||
    (suite.auth & AUTH.NULL) !== 0 ||
    (suite.mac & MAC.MD5) !== 0 ||
    (suite.strength & STRENGTH.EXPORT) !== 0
  );
}

export type SuiteRating = 'recommended' | 'acceptable' | 'weak' | 'insecure';

/** A rating for hovers: forward-secret AEAD is recommended; static RSA or CBC with SHA-1 is weak. */
export function rateSuite(suite: Suite): SuiteRating {
  if (isInsecure(suite)) return 'insecure';
  if (!isForwardSecret(suite) || (isCbc(suite) && suite.mac === MAC.SHA1)) return 'weak';
  if (isAead(suite) && (suite.enc & (ENC_AESGCM | ENC.CHACHA20)) !== 0) return 'recommended';
  return 'acceptable';
}

export function protocolLabel(minTls: number): string {
  return minTls === TLS1_2 ? 'TLSv1.2' : minTls === TLS1 ? 'TLSv1' : 'SSLv3';
}
