import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cipherAliases } from '../../../server/src/engine/nginx/openssl/aliases';
import { ciphersCommand } from '../../../server/src/engine/nginx/openssl/command';
import { compiledSuites } from '../../../server/src/engine/nginx/openssl/suites';

/** `openssl ciphers -s -tls1_2 STRING` as { ok, output }, or undefined when there is no openssl. */
function realOpenssl(cipherString: string): { ok: boolean; output: string } | undefined {
  try {
    const output = execFileSync('openssl', ['ciphers', '-s', '-tls1_2', '--', cipherString], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output: output.replace(/\n$/, '') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { ok: false, output: 'Error in cipher list' };
  }
}

function opensslVersion(): string | undefined {
  try {
    return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Small seeded PRNG (mulberry32) so every run tests the same strings. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  ...cipherAliases.map((alias) => alias.name),
  ...compiledSuites.map((suite) => suite.name),
  'RC4-SHA', 'DES-CBC3-SHA', 'EXP-RC4-MD5', 'TLS_AES_128_GCM_SHA256', 'high', 'NOSUCH', 'AES-128', 'DTLSv1', 'DTLSv1.2', 'TLSv1.3',
];
const PREFIXES = ['', '', '', '!', '-', '+'];
const SEPARATORS = [':', ':', ':', ',', ' ', ';'];
const SPECIALS = ['@STRENGTH', '@SECLEVEL=0', '@SECLEVEL=1', '@SECLEVEL=2', '@SECLEVEL=3', '@SECLEVEL=4', '@SECLEVEL=5', '@SECLEVEL=7', '@BOGUS'];

function generate(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  if (next() < 0.15) parts.push('DEFAULT');
  if (next() < 0.02) parts.push(pick(['SUITEB128', 'SUITEB192', 'SUITEB128ONLY']));
  const count = 1 + Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.1) parts.push(pick(SPECIALS));
    else if (roll < 0.12) parts.push(pick(['!', '+', '_x', 'ALL+', '']));
    else {
      const words = [pick(WORDS)];
      while (next() < 0.3) words.push(pick(WORDS));
      parts.push(pick(PREFIXES) + words.join('+'));
    }
  }
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) out += pick(SEPARATORS) + part;
  return out;
}

describe('OpenSSL cipher strings: MailZone vs the openssl binary', function () {
  this.timeout(120_000);
  const version = opensslVersion();
  if (!version) {
    it('SKIPPED: no `openssl` binary on PATH, the differential test did not run', () => {
      console.warn('\n  !!! openssl is missing: the OpenSSL differential test was SKIPPED !!!\n');
    });
    return;
  }

  const fixed = [
    'ALL', 'DEFAULT', 'HIGH:!aNULL:!MD5', 'HIGH:!aNULL:!MD5:!RC4', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0', 'COMPLEMENTOFDEFAULT',
    'ECDHE+AESGCM:ECDHE+CHACHA20', 'EECDH+AESGCM:EDH+AESGCM', 'RC4', 'RC4:HIGH', '3DES', '', ' ', ':::',
    'ALL:!', 'ALL+', 'ALL:@FOO', '@STRENGTH', 'ALL:@STRENGTH', 'DEFAULTX', 'DEFAULT:+AES', 'DEFAULT,-ECDHE',
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305',
    'ALL!HIGH', 'ALL_x', 'TLS_AES_128_GCM_SHA256', 'COMPLEMENTOFDEFAULT+HIGH', 'HIGH+FIPS', 'kRSA+aRSA+AES128', 'SUITEB128:ALL',
    'ALL:@SECLEVEL=0:aNULL', 'ALL:-HIGH:HIGH', 'ALL:!HIGH:HIGH', 'TLSv1.2+SHA256', 'TLSv1+SHA1:SSLv3', 'ALL:+kRSA:+SHA1:@STRENGTH',
  ];
  const next = random(20261123);
  const generated = Array.from({ length: 600 }, () => generate(next));
  const all = [...fixed, ...generated];

  it(`matches \`openssl ciphers -s -tls1_2\` (${version}) on ${all.length} strings`, () => {
    const mismatches: string[] = [];
    let empty = 0;
    let errors = 0;
    for (const cipherString of all) {
      const real = realOpenssl(cipherString)!;
      const mine = ciphersCommand(cipherString);
      if (!real.ok) errors++;
      else if (real.output === '') empty++;
      if (real.ok !== mine.ok || real.output !== mine.output) {
        mismatches.push(`${JSON.stringify(cipherString)}\n    openssl:  ${real.ok} ${real.output}\n    mailzone: ${mine.ok} ${mine.output}`);
      }
    }
    // The generator must exercise failures and empty results, not only long lists.
    assert.ok(errors > 20, `only ${errors} error cases`);
    assert.ok(empty > 5, `only ${empty} empty results`);
    assert.deepEqual(mismatches.slice(0, 10), []);
  });
});
