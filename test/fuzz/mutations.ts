import type { Random } from './random';

/** Characters that steer zone and nginx lexers into their corners. */
const SPECIAL = ['(', ')', '"', '\\', ';', '#', '$', '{', '}', '@', '.', '\n', '\r', '\r\n', '\t', ' ', '\u0000', '\ud800', '\udc00', '\u00e9', '\u{1f600}', '\ufeff', '0', '9', '-', ':', '/', '=', '%', '*', "'"];

/** Fragments of real syntax: directives, rdata shapes, mail tags and nginx directives. */
const FRAGMENTS = [
  '$ORIGIN ', '$ORIGIN example.com.\n', '$TTL ', '$TTL 1h30m\n', '$INCLUDE ', '$INCLUDE sub.inc\n', '$INCLUDE /nonexistent\n',
  '$GENERATE 1-100 host$ A 10.0.0.$\n', '$GENERATE 1-4294967295 h$ A 1.2.3.4\n', '$GENERATE 9-1/0 x${0,3,x} CNAME y\n',
  ' IN ', ' CH ', ' TXT ', ' MX ', ' SOA ', ' A ', ' AAAA ', ' CNAME ', ' NS ', ' SRV ', ' CAA ', ' TYPE65535 ', ' \\# 3 abcdef ', ' \\# 0 ',
  ' 2147483648 ', ' 1W2d3h4m5s ', ' 99999999999999999999 ', '\\065', '\\999', '\\', '\\"', '""', '"v=spf1 ', 'include:', 'redirect=',
  'ip4:10.0.0.0/33 ', 'ip6:::/129 ', '%{ir}.%{v}._spf.%{d2}', ' -all"', '"v=DMARC1; p=reject; rua=mailto:a@b"', 'v=DKIM1; k=rsa; p=',
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ', '"v=STSv1; id=1"', 'version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 86400\n',
  '( ', ' )', '(\n', '\n)', '"unterminated', 'a'.repeat(64) + '.', 'x'.repeat(300),
  'server {', '}', 'http {', 'ssl_protocols TLSv1 TLSv1.3;', 'ssl_ciphers HIGH:!aNULL:@STRENGTH:+RSA;', 'ssl_ciphers "ALL:-ALL";',
  'include *.conf;', 'include /etc/nginx/conf.d/*.conf;', 'listen 443 ssl http2;', 'ssl_certificate /nonexistent.pem;', 'location ~ ^/(a|b) {',
  'if ($x) {', "'single", '# comment\n', '; comment\n',
];

export type Mutator = (text: string, random: Random) => string;

const at = (text: string, random: Random) => random.int(text.length + 1);

const insertSpecial: Mutator = (text, random) => {
  const i = at(text, random);
  return text.slice(0, i) + random.pick(SPECIAL) + text.slice(i);
};

const insertFragment: Mutator = (text, random) => {
  const i = at(text, random);
  return text.slice(0, i) + random.pick(FRAGMENTS) + text.slice(i);
};

const deleteRange: Mutator = (text, random) => {
  const i = at(text, random);
  return text.slice(0, i) + text.slice(i + random.between(1, 40));
};

const replaceChar: Mutator = (text, random) => {
  if (text.length === 0) return text;
  const i = random.int(text.length);
  return text.slice(0, i) + String.fromCharCode(random.int(0x10000)) + text.slice(i + 1);
};

const duplicateRange: Mutator = (text, random) => {
  const i = at(text, random);
  const piece = text.slice(i, i + random.between(1, 200));
  return text.slice(0, i) + piece.repeat(random.between(2, 8)) + text.slice(i);
};

const swapLines: Mutator = (text, random) => {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const a = random.int(lines.length);
  const b = random.int(lines.length);
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return lines.join('\n');
};

const truncate: Mutator = (text, random) => text.slice(0, at(text, random));

const repeatLine: Mutator = (text, random) => {
  const lines = text.split('\n');
  const i = random.int(lines.length);
  lines.splice(i, 0, ...Array<string>(random.between(10, 400)).fill(lines[i]!));
  return lines.join('\n');
};

const lengthenLine: Mutator = (text, random) => {
  const i = at(text, random);
  const unit = random.pick(['a', '"x" ', '\\065', '( ', ' ', 'ip4:1.2.3.4 ', '; ', '{ ', 'include:a.example ']);
  return text.slice(0, i) + unit.repeat(random.between(100, 4000)) + text.slice(i);
};

const crlf: Mutator = (text) => text.replace(/\n/g, '\r\n');

const stripBreaks: Mutator = (text, random) => text.replace(/\n/g, () => (random.chance(0.5) ? ' ' : '\n'));

export const MUTATORS: readonly Mutator[] = [
  insertSpecial, insertSpecial, insertFragment, insertFragment, deleteRange, replaceChar, duplicateRange, swapLines, truncate,
  repeatLine, lengthenLine, crlf, stripBreaks,
];

/** Applies 1–8 random mutations to `text`. */
export function mutate(text: string, random: Random): string {
  let out = text;
  const count = random.between(1, 8);
  for (let i = 0; i < count; i++) out = random.pick(MUTATORS)(out, random);
  return out;
}

/** A string of random UTF-16 code units (lone surrogates and NULs included), biased towards printable ASCII. */
export function randomText(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const roll = random.next();
    if (roll < 0.7) out += String.fromCharCode(32 + random.int(95));
    else if (roll < 0.85) out += random.pick(SPECIAL);
    else out += String.fromCharCode(random.int(0x10000));
  }
  return out;
}

/** A line of up to `max` characters made of one repeated token, e.g. a 60 KB owner name or TXT string. */
export function longLine(random: Random, max: number): string {
  const unit = random.pick(['a', 'a.', '"', '\\', '(', ')', ' ', 'x ', '"abc" ', '\\"', ';', '{', '}', '$', '\t']);
  const body = unit.repeat(Math.max(1, Math.floor(random.between(1000, max) / unit.length)));
  return random.pick(['', '@ IN TXT ', 'www ', '$ORIGIN ', 'server_name ', 'x IN TXT "', '@ 3600 IN MX 10 ']) + body + random.pick(['', '\n', '"\n', ' )\n', ';\n']);
}
