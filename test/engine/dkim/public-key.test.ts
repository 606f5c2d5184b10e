import { strict as assert } from 'node:assert';
import { base64Problem, decodeBase64 } from '../../../server/src/engine/mail/dkim/base64';
import { readDkimKey } from '../../../server/src/engine/mail/dkim/public-key';

// Keys made with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:N; openssl pkey -pubout -outform DER
// (SubjectPublicKeyInfo) and openssl rsa -RSAPublicKey_out -outform DER (PKCS#1); Ed25519 with genpkey.
// The private keys (pkcs8 -topk8, rsa -traditional) were made for these tests only and are published nowhere.
const KEYS = {
  rsa512spki: 'MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBALXPmNkFGfkXHLH9EDGNri0nFFv25UnICtdqi3cX3sGbhLPy/MtzLHLNip1Q/yXleDIETzCmEcOfio01WgTCDoUCAwEAAQ==',
  rsa512pkcs1: 'MEgCQQC1z5jZBRn5Fxyx/RAxja4tJxRb9uVJyArXaot3F97Bm4Sz8vzLcyxyzYqdUP8l5XgyBE8wphHDn4qNNVoEwg6FAgMBAAE=',
  rsa1024spki: 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCj5hl8AyLQwdJgZKVdjdo1YwW1lmrTrl56Cg5WHHAzb2gkoDF2v2aC+mNSlWp399w57LPfonTqy0pJpDvdcyUjcaQBl1kEYqvJyLqZ5aqn/J7F+kGQD9ZQUm6EZp2CqtGYAZvfKURk8SEqpv34aGNLLEkjEfPpx2K8S+ra+er8fwIDAQAB',
  rsa1024pkcs1: 'MIGJAoGBAKPmGXwDItDB0mBkpV2N2jVjBbWWatOuXnoKDlYccDNvaCSgMXa/ZoL6Y1KVanf33Dnss9+idOrLSkmkO91zJSNxpAGXWQRiq8nIupnlqqf8nsX6QZAP1lBSboRmnYKq0ZgBm98pRGTxISqm/fhoY0ssSSMR8+nHYrxL6tr56vx/AgMBAAE=',
  rsa2048spki: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApgMJmXo//XkBoV66wk+uT3xuIsqhmsxj4+pDJDD6fpgYpbmbIRcat+E5/8eg0HMwmEhnj0hv5lBOSD/mXI5yQREeQDJ8Bke0cwZynitw0uhl68YT4FZXVTXv0xeiqBduCJoKsaKRUmEyoWbznAgMSAPhuosMjE2/9g/yUHfsZ77pPcztGDckpmQS2a8pnt9mzNsf2SNwsuYQxqxeczrC2So84RxKaw5ygOZ3032UeGGRKRgGAsEdBlNQ72tL94dTb9PsXSsPms3V5eKz472XocNEdGyYmV4XiCgvMWoTY2NVGP/ujWewkn4Q02+BCyEyVf0PkGqbGuZSTJeGPmPD4wIDAQAB',
  rsa4096spki: 'MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAl90Ffj7tz3k5Tn5ofD6SwrsfnrzYz/VrrywmN2v4fXK9525oGHHvZY+yfYHLoYnvRZbEdw2vmGyEdR/zhBXAOoUsCKDSRqBxd6Ov4mhdyXlGODU05KzUMRPpH28PkkeN11K5Q4gYP3iUag/noD588sBVICmb6y6KQAX3hmWzeXI63mnN2JYQUG8TOGUnh4rCi00P8FNrD3y+CBzIEve/T1sMyYcQiwSy3OeRrJbd6vfDyRKfpMlelF86nSE8nL+bPoI2LPtVTWE1H89+OmAckiRmR0rBfDkQOsE3zmhFfe2F24QKZAebF2cZwjmiexTN7YDFnWzMMeZBjrtAk8rFcgvOaRsxACxCgU2RB4hZ5VMmOOXeSQGykH41nUcwJxzmjlJvPcjFsxxfAyhJNjsoMaqZzf+9o3tJcjwOCplla3bfAeemVY2khAfMYSwLLQeeXG9kNazElKP4I11JDm4Dvv+HcywATPZELcsTrVmuNfK1JtpRLWhK+q9RYPrYUBLsuxZRN8tKPEzi0Yo0CpIglz5d7VmfoMX5oDhKiWDBoZ5XRIXtvaYYWmkp0T9JVIYgyhvnZ3OwLLDElSQ8XhRT8xKhnbl1T8JI7xblN+R/xN5oqtNLvGudWKgupWmjhbTYVhHjpMirCU8VgyT+VuyAbxZqKPnOnQ2+DSV9lLMNmzcCAwEAAQ==',
  ed25519raw: 'LiF9HYcWRGfExl4ELSnupsN+8swOkcUYjTBoIBhfbCg=',
  rsa512pkcs8private: 'MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAtc+Y2QUZ+Rccsf0QMY2uLScUW/blScgK12qLdxfewZuEs/L8y3Mscs2KnVD/JeV4MgRPMKYRw5+KjTVaBMIOhQIDAQABAkEAhoAMoEgQ3eCGPvpq123r88VcX2h4WavesVxFzpXfGjRU26ew8jv92HGYui0tbFnz7M0jgB8MGRsFoh4H+ekf5QIhAPA6KzRxYZ++Lrea0Atgnb8TVZkPHRe8M4mrS2iDTxNLAiEAwb+LeA+9TxKfGmugtEX+X9fwIFM1U5n9NIBAxUCqc28CIDSjCkR7c4ClE2d3rI5RpT7w5ZicDyvcOQ65UdScsP7xAiAB3Y1DN6uT8lLz1ytx8OaVF6gpN4Pg7S+h7MYy3/+EIwIgDFq+W/XLbWMQu77v2iLwgIyYngPrCXvcDzx1gzkA4T8=',
  rsa512pkcs1private: 'MIIBOgIBAAJBALXPmNkFGfkXHLH9EDGNri0nFFv25UnICtdqi3cX3sGbhLPy/MtzLHLNip1Q/yXleDIETzCmEcOfio01WgTCDoUCAwEAAQJBAIaADKBIEN3ghj76atdt6/PFXF9oeFmr3rFcRc6V3xo0VNunsPI7/dhxmLotLWxZ8+zNI4AfDBkbBaIeB/npH+UCIQDwOis0cWGfvi63mtALYJ2/E1WZDx0XvDOJq0tog08TSwIhAMG/i3gPvU8SnxproLRF/l/X8CBTNVOZ/TSAQMVAqnNvAiA0owpEe3OApRNnd6yOUaU+8OWYnA8r3DkOuVHUnLD+8QIgAd2NQzerk/JS89crcfDmlReoKTeD4O0voezGMt//hCMCIAxavlv1y21jELu+79oi8ICMmJ4D6wl73A88dYM5AOE/',
  ed25519pkcs8private: 'MC4CAQAwBQYDK2VwBCIEIJZ0qj0+k9XmylKHXQE+CBnUmAzvxwU/bs4hGo34X/d6',
  ed25519spki: 'MCowBQYDK2VwAyEALiF9HYcWRGfExl4ELSnupsN+8swOkcUYjTBoIBhfbCg=',
};

function read(base64: string, algorithm = 'rsa') {
  const bytes = decodeBase64(base64);
  assert.ok(bytes, 'valid base64');
  return readDkimKey(bytes, algorithm);
}

describe('DKIM public key decoding', () => {
  it('reads the real RSA modulus size from SubjectPublicKeyInfo', () => {
    assert.deepEqual(read(KEYS.rsa512spki), { kind: 'rsa', bits: 512, format: 'spki' });
    assert.deepEqual(read(KEYS.rsa1024spki), { kind: 'rsa', bits: 1024, format: 'spki' });
    assert.deepEqual(read(KEYS.rsa2048spki), { kind: 'rsa', bits: 2048, format: 'spki' });
    assert.deepEqual(read(KEYS.rsa4096spki), { kind: 'rsa', bits: 4096, format: 'spki' });
  });

  it('reads a bare RSAPublicKey (PKCS#1)', () => {
    assert.deepEqual(read(KEYS.rsa512pkcs1), { kind: 'rsa', bits: 512, format: 'pkcs1' });
    assert.deepEqual(read(KEYS.rsa1024pkcs1), { kind: 'rsa', bits: 1024, format: 'pkcs1' });
  });

  it('reads Ed25519 keys raw and wrapped', () => {
    assert.deepEqual(read(KEYS.ed25519raw, 'ed25519'), { kind: 'ed25519', bytes: 32, format: 'raw' });
    assert.deepEqual(read(KEYS.ed25519spki, 'ed25519'), { kind: 'ed25519', bytes: 32, format: 'spki' });
    assert.deepEqual(read(KEYS.ed25519spki, 'rsa'), { kind: 'ed25519', bytes: 32, format: 'spki' });
  });

  it('says an RSA key is RSA even when k=ed25519 claims otherwise', () => {
    assert.equal(read(KEYS.rsa2048spki, 'ed25519').kind, 'rsa');
  });

  it('recognises a private key pasted by mistake, in every format openssl writes', () => {
    assert.deepEqual(read(KEYS.rsa512pkcs8private), { kind: 'private', format: 'pkcs8' });
    assert.deepEqual(read(KEYS.rsa512pkcs1private), { kind: 'private', format: 'pkcs1' });
    assert.deepEqual(read(KEYS.ed25519pkcs8private, 'ed25519'), { kind: 'private', format: 'pkcs8' });
  });

  it('rejects bytes that are not DER, and truncated keys', () => {
    assert.deepEqual(read('AAAA'), { kind: 'undecodable', reason: 'not-der' });
    const truncated = KEYS.rsa2048spki.slice(0, 200);
    assert.equal(read(truncated).kind, 'undecodable');
  });

  it('never throws on random bytes', () => {
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      const bytes = new Uint8Array(n % 64);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
      if (n % 3 === 0 && bytes.length > 1) bytes[0] = 0x30;
      assert.doesNotThrow(() => readDkimKey(bytes, n % 2 ? 'rsa' : 'ed25519'));
    }
  });
});

describe('DKIM base64', () => {
  it('accepts folding whitespace and padding', () => {
    assert.equal(base64Problem('MFww DQYJ\tKoZI hvc='), undefined);
    assert.deepEqual([...decodeBase64('QUJD')!], [65, 66, 67]);
  });
  it('points at the first bad character', () => {
    assert.deepEqual(base64Problem('QUJD-QUJD'), { at: 4, kind: 'bad-character' });
  });
  it('reports padding in the middle and truncated input', () => {
    assert.equal(base64Problem('QU==QUJD')?.kind, 'bad-padding');
    assert.equal(base64Problem('QUJDQ')?.kind, 'bad-length');
    assert.equal(base64Problem('QUJ===')?.kind, 'bad-padding');
  });
});
