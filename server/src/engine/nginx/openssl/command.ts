import { evaluateCipherString } from './cipher-string';

/**
 * `mailzone ciphers 'STRING'`: the suites OpenSSL 3.0 would use for TLS 1.2, colon-separated, exactly as
 * `openssl ciphers -s -tls1_2 -- 'STRING'` prints them (with `-tls1_2` openssl lists no TLS 1.3 suite, so
 * neither does this); `ok` is false where openssl exits with "Error in cipher list". An empty output with
 * `ok` true means the string is accepted but the security level leaves nothing (e.g. `aNULL`).
 */
export function ciphersCommand(cipherString: string): { ok: boolean; output: string } {
  const result = evaluateCipherString(cipherString);
  if (!result.ok) return { ok: false, output: 'Error in cipher list' };
  return { ok: true, output: result.supported.map((suite) => suite.name).join(':') };
}
