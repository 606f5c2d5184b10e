import type { CatalogueSection } from '../types';

export const dkimRules: CatalogueSection = {
  'dkim/tag-syntax': {
    title: 'DKIM key record is not a valid tag list',
    doc: 'A DKIM key record is a list of `name=value` pairs separated by `;` (RFC 6376 §3.2). A pair without `=`, a name that does not start with a letter, or a name given twice makes the whole record invalid, and verifiers then treat every signature of this selector as failing.',
    messages: {
      default: 'Malformed tag in the DKIM record.',
      'missing-equals': 'This part of the DKIM record has no "=": every tag is written name=value.',
      'empty-name': 'A value without a tag name in the DKIM record.',
      'bad-name': 'Tag name "{name}" is not valid: names start with a letter and hold letters, digits and "_".',
      duplicate: 'Tag "{name}" appears twice; a DKIM record with a repeated tag is invalid.',
    },
  },
  'dkim/version-not-first': {
    title: 'DKIM `v=` is not the first tag',
    doc: '`v=DKIM1` is optional, but when it is present it must be the first tag of the key record (RFC 6376 §3.6.1). Verifiers may discard a record whose `v=` comes later.',
    messages: { default: 'v=DKIM1 must be the first tag of the DKIM record.' },
  },
  'dkim/invalid-tag-value': {
    title: 'DKIM tag has a value the standard does not define',
    doc: 'RFC 6376 §3.6.1 defines the values of the key record tags: `v=DKIM1`, `k=rsa` or `k=ed25519` (RFC 8463), `h=` a colon list of `sha256` (and the retired `sha1`), `s=` `*` or `email`, `t=` `y` and/or `s`. An unknown `v` or `k` makes the key unusable; unknown list items are ignored, which usually hides a typo.',
    messages: {
      default: '"{value}" is not a valid value for {tag}= (expected {allowed}).',
      empty: '{tag}= is empty (expected {allowed}).',
    },
  },
  'dkim/missing-key': {
    title: 'DKIM record has no `p=` tag',
    doc: '`p=` holds the public key and is the one required tag of a DKIM key record (RFC 6376 §3.6.1). Without it no signature made with this selector can be verified. To revoke a key on purpose, keep `p=` with an empty value.',
    messages: { default: 'This DKIM record has no p= tag, so it carries no key.' },
  },
  'dkim/invalid-base64': {
    title: 'DKIM key is not valid base64',
    doc: 'The `p=` value is the public key in base64 (RFC 6376 §3.6.1); spaces may fold it, but any other character, misplaced `=` padding or a truncated length makes the key unreadable. This usually comes from a copy-paste that lost or added characters, or from splitting the key badly across strings.',
    messages: {
      default: 'The DKIM key is not valid base64.',
      'bad-character': 'Character "{character}" is not allowed in a base64 key.',
      'bad-padding': 'Misplaced "=" padding in the base64 key.',
      'bad-length': 'The base64 key has a truncated length (characters are missing or extra).',
    },
  },
  'dkim/weak-key': {
    title: 'DKIM RSA key is too short',
    doc: 'RFC 8301 §3.2: verifiers must reject RSA keys shorter than 1024 bits, and signers should use keys of at least 2048 bits. The size shown is read from the key itself, not from its length in characters.',
    messages: {
      default: 'This RSA key is {bits} bits; use at least 2048 bits.',
      rejected: 'This RSA key is {bits} bits: verifiers reject keys under 1024 bits, so signatures with it fail.',
    },
  },
  'dkim/undecodable-key': {
    title: 'DKIM key cannot be read',
    doc: 'The `p=` value decodes, but not to a public key a verifier can use: RSA keys are a DER SubjectPublicKeyInfo (RFC 6376 §3.6.1), Ed25519 keys are the bare 32-byte key (RFC 8463 §4.2), and the key type must match `k=` (rsa when absent).',
    messages: {
      default: 'The DKIM key cannot be decoded.',
      notDer: 'The key is not a DER-encoded public key.',
      unknownAlgorithm: 'The key uses algorithm {oid}, which DKIM does not support.',
      algorithmMismatch: 'k={declared} but the key is an {actual} key.',
      ed25519Length: 'An Ed25519 key is 32 bytes; this one is {bytes} bytes.',
      ed25519Wrapped: 'RFC 8463 publishes the bare 32-byte Ed25519 key, not a SubjectPublicKeyInfo: some verifiers will not read this.',
    },
  },
  'dkim/sha1-hash': {
    title: 'DKIM key allows SHA-1',
    doc: 'RFC 8301 §3.1 forbids rsa-sha1: signers must not use it and verifiers must not accept it. `h=sha1` alone leaves the key with no hash verifiers accept; drop `h=` or set `h=sha256`.',
    messages: {
      default: 'SHA-1 must no longer be used with DKIM; list only sha256.',
      only: 'h=sha1 allows only SHA-1, which verifiers reject: signatures with this key fail.',
    },
  },
  'dkim/testing-mode': {
    title: 'DKIM key is in testing mode',
    doc: '`t=y` tells verifiers the domain is testing DKIM, and they may treat failed signatures as unsigned mail (RFC 6376 §3.6.1). Remove it once signing works.',
    messages: { default: 't=y: this key is marked as testing, so verifiers may ignore failures.' },
  },
  'dkim/revoked-key': {
    title: 'DKIM key is revoked',
    doc: 'An empty `p=` means the key has been revoked (RFC 6376 §3.6.1): every signature made with this selector fails. That is the right way to retire a selector; check that nothing still signs with it.',
    messages: { default: 'Empty p=: this selector\'s key is revoked and its signatures fail.' },
  },
  'dkim/outside-domainkey': {
    title: 'DKIM key published outside `_domainkey`',
    doc: 'Verifiers look a key up at `<selector>._domainkey.<domain>` (RFC 6376 §3.6.2.1). A key record anywhere else is never found. This usually comes from a DNS panel that wanted only the selector part of the name, or from a missing `._domainkey` label.',
    messages: { default: 'This looks like a DKIM key, but {owner} is not under _domainkey, so no verifier will find it.' },
  },
  'dkim/private-key-published': {
    title: 'DKIM private key published in DNS',
    doc: 'The `p=` value is a private key (PKCS#1 RSAPrivateKey or PKCS#8), not the public key. Anyone who reads this record can sign mail as the domain, and verifiers cannot use it either. This happens when the wrong file of a new key pair is pasted. Treat the key as compromised: make a new key pair, publish its public half under a new selector, and remove this record (RFC 6376 §3.6.1, §8.4).',
    messages: { default: 'This is a {format} private key, not a public key: anyone can now sign mail as this domain. Replace the key pair.' },
  },
  'dkim/key-too-large': {
    title: 'DKIM RSA key larger than verifiers must support',
    doc: 'RFC 8301 §3.2 requires verifiers to handle RSA keys from 1024 to 4096 bits. A larger key is not guaranteed to verify, and its record makes DNS answers large. 2048 bits is the usual choice; 4096 at most.',
    messages: { default: 'This RSA key is {bits} bits: verifiers need only support up to {limit}, so some will not verify it.' },
  },
  'dkim/multiple-records': {
    title: 'More than one DKIM record at a selector',
    doc: 'A selector should publish one key record. With several TXT records the verifier picks one it can parse (RFC 6376 §3.6.2.2), so results depend on the order the resolver returns them in. Use a new selector for a new key.',
    messages: { default: '{owner} has {count} TXT records; a DKIM selector should have one.' },
  },
};
