import type { NameRef } from '../model';

/** Decoded rdata per type. Names keep their source span through NameRef. */
export type TypedRdata =
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'NS' | 'CNAME' | 'DNAME' | 'PTR'; target: NameRef }
  | {
      type: 'SOA';
      mname: NameRef;
      rname: NameRef;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    }
  | { type: 'MX'; preference: number; exchange: NameRef }
  | { type: 'TXT' | 'SPF'; strings: string[] }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: NameRef }
  | { type: 'CAA'; flags: number; tag: string; value: string }
  | { type: 'DS'; keyTag: number; algorithm: number; digestType: number; digest: string }
  | { type: 'DNSKEY'; flags: number; protocol: number; algorithm: number; publicKey: string }
  | { type: 'TLSA'; usage: number; selector: number; matchingType: number; data: string }
  | { type: 'SSHFP'; algorithm: number; fpType: number; fingerprint: string }
  | {
      type: 'NAPTR';
      order: number;
      preference: number;
      flags: string;
      services: string;
      regexp: string;
      replacement: NameRef;
    }
  | { type: 'SVCB' | 'HTTPS'; priority: number; target: NameRef; params: Array<{ key: string; value: string | undefined }> }
  | { type: 'HINFO'; cpu: string; os: string }
  | { type: 'GENERIC'; rrtype: string; length: number; hex: string };
