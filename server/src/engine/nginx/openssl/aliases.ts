import { AUTH, ENC, ENC_AES, ENC_AESGCM, ENC_CBC, KX, KX_PSK, MAC, SSL3, STRENGTH, TLS1, TLS1_2 } from './suites';

/** A cipher-string word that stands for a group of suites: every non-zero field must intersect the suite's. */
export interface CipherAlias {
  name: string;
  kx?: number;
  auth?: number;
  enc?: number;
  mac?: number;
  minTls?: number;
  strength?: number;
  /** Only known to OpenSSL builds with the suites Debian's OpenSSL 3.0 lacks (RC4, DES, IDEA, SEED, GOST, export). */
  legacy?: boolean;
}

const ALL_BITS = 0xffffffff;
const notNull = (ALL_BITS & ~ENC.NULL) >>> 0;
const notAnon = (ALL_BITS & ~AUTH.NULL) >>> 0;
const GOST_ENC = ENC.GOST89 | ENC.GOST8912 | ENC.MAGMA | ENC.KUZNYECHIK;

/** OpenSSL 3.0's cipher_aliases table (ssl/ssl_ciph.c), in its order. */
export const cipherAliases: readonly CipherAlias[] = [
  { name: 'ALL', enc: notNull },
  { name: 'COMPLEMENTOFALL', enc: ENC.NULL },
  { name: 'COMPLEMENTOFDEFAULT', strength: STRENGTH.NOT_DEFAULT },
  { name: 'kRSA', kx: KX.RSA },
  { name: 'kEDH', kx: KX.DHE },
  { name: 'kDHE', kx: KX.DHE },
  { name: 'DH', kx: KX.DHE },
  { name: 'kEECDH', kx: KX.ECDHE },
  { name: 'kECDHE', kx: KX.ECDHE },
  { name: 'ECDH', kx: KX.ECDHE },
  { name: 'kPSK', kx: KX.PSK },
  { name: 'kRSAPSK', kx: KX.RSAPSK },
  { name: 'kECDHEPSK', kx: KX.ECDHEPSK },
  { name: 'kDHEPSK', kx: KX.DHEPSK },
  { name: 'kSRP', kx: KX.SRP },
  { name: 'kGOST', kx: KX.GOST, legacy: true },
  { name: 'kGOST18', kx: KX.GOST18, legacy: true },
  { name: 'aRSA', auth: AUTH.RSA },
  { name: 'aDSS', auth: AUTH.DSS },
  { name: 'DSS', auth: AUTH.DSS },
  { name: 'aNULL', auth: AUTH.NULL },
  { name: 'aECDSA', auth: AUTH.ECDSA },
  { name: 'ECDSA', auth: AUTH.ECDSA },
  { name: 'aPSK', auth: AUTH.PSK },
  { name: 'aGOST01', auth: AUTH.GOST01, legacy: true },
  { name: 'aGOST12', auth: AUTH.GOST12, legacy: true },
  { name: 'aGOST', auth: AUTH.GOST01 | AUTH.GOST12, legacy: true },
  { name: 'aSRP', auth: AUTH.SRP },
  { name: 'EDH', kx: KX.DHE, auth: notAnon },
  { name: 'DHE', kx: KX.DHE, auth: notAnon },
  { name: 'EECDH', kx: KX.ECDHE, auth: notAnon },
  { name: 'ECDHE', kx: KX.ECDHE, auth: notAnon },
  { name: 'NULL', enc: ENC.NULL },
  { name: 'RSA', kx: KX.RSA, auth: AUTH.RSA },
  { name: 'ADH', kx: KX.DHE, auth: AUTH.NULL },
  { name: 'AECDH', kx: KX.ECDHE, auth: AUTH.NULL },
  { name: 'PSK', kx: KX_PSK },
  { name: 'SRP', kx: KX.SRP },
  { name: '3DES', enc: ENC.TDES, legacy: true },
  { name: 'RC4', enc: ENC.RC4, legacy: true },
  { name: 'RC2', enc: ENC.RC2, legacy: true },
  { name: 'IDEA', enc: ENC.IDEA, legacy: true },
  { name: 'SEED', enc: ENC.SEED, legacy: true },
  { name: 'eNULL', enc: ENC.NULL },
  { name: 'GOST', enc: GOST_ENC, legacy: true },
  { name: 'AES128', enc: ENC.AES128 | ENC.AES128GCM | ENC.AES128CCM | ENC.AES128CCM8 },
  { name: 'AES256', enc: ENC.AES256 | ENC.AES256GCM | ENC.AES256CCM | ENC.AES256CCM8 },
  { name: 'AES', enc: ENC_AES },
  { name: 'AESGCM', enc: ENC_AESGCM },
  { name: 'AESCCM', enc: ENC.AES128CCM | ENC.AES256CCM | ENC.AES128CCM8 | ENC.AES256CCM8 },
  { name: 'AESCCM8', enc: ENC.AES128CCM8 | ENC.AES256CCM8 },
  { name: 'CAMELLIA128', enc: ENC.CAMELLIA128 },
  { name: 'CAMELLIA256', enc: ENC.CAMELLIA256 },
  { name: 'CAMELLIA', enc: ENC.CAMELLIA128 | ENC.CAMELLIA256 },
  { name: 'CHACHA20', enc: ENC.CHACHA20 },
  { name: 'GOST2012-GOST8912-GOST8912', enc: ENC.GOST8912, legacy: true },
  { name: 'ARIA', enc: ENC.ARIA128GCM | ENC.ARIA256GCM },
  { name: 'ARIAGCM', enc: ENC.ARIA128GCM | ENC.ARIA256GCM },
  { name: 'ARIA128', enc: ENC.ARIA128GCM },
  { name: 'ARIA256', enc: ENC.ARIA256GCM },
  { name: 'CBC', enc: ENC_CBC },
  { name: 'MD5', mac: MAC.MD5 },
  { name: 'SHA1', mac: MAC.SHA1 },
  { name: 'SHA', mac: MAC.SHA1 },
  { name: 'GOST94', mac: MAC.GOST94, legacy: true },
  { name: 'GOST89MAC', mac: MAC.GOST89MAC | MAC.GOST89MAC12, legacy: true },
  { name: 'SHA256', mac: MAC.SHA256 },
  { name: 'SHA384', mac: MAC.SHA384 },
  { name: 'GOST12', mac: MAC.GOST12, legacy: true },
  { name: 'SSLv3', minTls: SSL3 },
  { name: 'TLSv1', minTls: TLS1 },
  { name: 'TLSv1.0', minTls: TLS1 },
  { name: 'TLSv1.2', minTls: TLS1_2 },
  { name: 'LOW', strength: STRENGTH.LOW },
  { name: 'MEDIUM', strength: STRENGTH.MEDIUM },
  { name: 'HIGH', strength: STRENGTH.HIGH },
  { name: 'FIPS', enc: notNull, strength: STRENGTH.FIPS },
  { name: 'EDH-DSS-DES-CBC3-SHA', kx: KX.DHE, auth: AUTH.DSS, enc: ENC.TDES, mac: MAC.SHA1, strength: STRENGTH.HIGH | STRENGTH.FIPS },
  { name: 'EDH-RSA-DES-CBC3-SHA', kx: KX.DHE, auth: AUTH.RSA, enc: ENC.TDES, mac: MAC.SHA1, strength: STRENGTH.HIGH | STRENGTH.FIPS },
  // Words older OpenSSL releases knew; 3.0 ignores them, but they show what the author wanted.
  { name: 'DES', enc: ENC.DES, legacy: true },
  { name: 'EXPORT', strength: STRENGTH.EXPORT, legacy: true },
  { name: 'EXP', strength: STRENGTH.EXPORT, legacy: true },
  { name: 'EXPORT40', strength: STRENGTH.EXPORT, legacy: true },
  { name: 'EXPORT56', strength: STRENGTH.EXPORT, legacy: true },
];
