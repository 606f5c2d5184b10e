// Deterministic generators for the benchmarks: a mail-heavy zone of any size, many small zones, and an
// nginx configuration split over included files. Same arguments, same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG (deterministic across Node versions). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Public keys made once for these benchmarks (no private half kept anywhere).
const RSA_2048 =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0Jkp6xRKdfrT5oP8n71p9iva9DHYRDvEhzJjom1EWNR1OTeMIiamtourpQLs+tERGviSxf/WRmhFz6YjhvxDqj2HiH1XGd4n9qqgh0VFttSme6QHRVIUeDcz6/xYWlJFyLSDd2gHlQHYJUEytT1KVuEMg57XK6Vxk6t80qbhRk9F+MNxZNbBhsJ2mJz1pZxhJE+rtqLrGV8iQzwC9aTGdzxlhaPUg7SyvXlnSFz7PJPIX/5lctAfc4ePGKFx/9SWmoyzFXc1svccARjLH6Kl+gipBhQoeFB0nwTIMN1C3n2DB19D1PZ7hlVuXQ6Ux93srFfB3pppQqQiLyrzGzBvHQIDAQAB';
const ED25519 = 'bXe4wNMWVJQK1atfXtGgKO8UOEioAO0qSYa69tZoKLw=';

/** The apex of every generated zone: SOA, two NS, the mail hosts and the SPF include target. 9 records. */
function apex(origin, serial) {
  return [
    `$ORIGIN ${origin}`,
    '$TTL 3600',
    `@ IN SOA ns1.${origin} hostmaster.${origin} ${serial} 7200 3600 1209600 3600`,
    `@ IN NS ns1.${origin}`,
    `@ IN NS ns2.${origin}`,
    'ns1 IN A 192.0.2.1',
    'ns2 IN A 192.0.2.2',
    'mx1 IN A 192.0.2.25',
    'mx2 IN AAAA 2001:db8::25',
    '_spf IN TXT "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all"',
    `@ IN TXT "v=spf1 mx include:_spf.${origin.slice(0, -1)} -all"`,
  ];
}

const APEX_RECORDS = 9;

/**
 * The lines of host `n`'s ten records: A, AAAA, two MX, SPF, DMARC, CNAME, a second A, an AAAA (the address records without a class, as many
 * zones write them) and a DKIM
 * key written over three lines in parentheses (10% of records; one key in ten RSA-2048, the others Ed25519).
 */
function hostLines(n, random, origin) {
  const a = 1 + Math.floor(random() * 250);
  const b = 1 + Math.floor(random() * 250);
  const h = `h${n}`;
  const lines = [
    `${h} A 10.${n & 255}.${a}.${b}`,
    `${h} AAAA 2001:db8:${(n & 0xffff).toString(16)}::${a.toString(16)}`,
    `${h} IN MX 10 mx1.${origin}`,
    `${h} IN MX 20 mx2.${origin}`,
    `${h} IN TXT "v=spf1 ip4:10.${n & 255}.${a}.0/24 include:_spf.${origin.slice(0, -1)} -all"`,
    `_dmarc.${h} IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@${origin.slice(0, -1)}"`,
    `www.${h} CNAME ${h}`,
    `smtp.${h} A 10.${n & 255}.${b}.${a}`,
    `smtp.${h} AAAA 2001:db8:${(n & 0xffff).toString(16)}::${b.toString(16)}`,
  ];
  if (random() < 0.1) {
    lines.push(`s${n % 7}._domainkey.${h} IN TXT ( "v=DKIM1; k=rsa; "`, `\t"p=${RSA_2048.slice(0, 200)}"`, `\t"${RSA_2048.slice(200)}" )`);
  } else {
    lines.push(`s${n % 7}._domainkey.${h} IN TXT ( "v=DKIM1; k=ed25519; "`, `\t"p=${ED25519}"`, '\t)');
  }
  return lines;
}

/**
 * Writes a mail-heavy zone of about `records` records to `file` (streamed, so a million records does not hold
 * the text in memory). Returns the exact record count.
 */
export function writeMailZone(file, records, { origin = 'example.com.', seed = 1 } = {}) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  const random = prng(seed);
  let buffer = apex(origin, 2026112301).join('\n') + '\n';
  let count = APEX_RECORDS;
  for (let n = 0; count < records; n++) {
    const lines = hostLines(n, random, origin);
    buffer += lines.join('\n') + '\n';
    count += 10;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  }
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return count;
}

/** The text of a mail-heavy zone of about `records` records (for in-process benchmarks). */
export function mailZoneText(records, { origin = 'example.com.', seed = 1 } = {}) {
  const random = prng(seed);
  const parts = [apex(origin, 2026112301).join('\n')];
  let count = APEX_RECORDS;
  for (let n = 0; count < records; n++) {
    parts.push(hostLines(n, random, origin).join('\n'));
    count += 10;
  }
  return { text: parts.join('\n') + '\n', records: count };
}

/** `count` small zones (one customer domain each, ~20–60 records) in `dir`. Returns the total record count. */
export function writeManyZones(dir, count, { seed = 7 } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const origin = `customer${i}.example.`;
    const hosts = 1 + Math.floor(random() * 5);
    const lines = apex(origin, 2026112300 + (i % 99));
    for (let n = 0; n < hosts; n++) lines.push(...hostLines(n, random, origin));
    total += APEX_RECORDS + hosts * 10;
    const shard = path.join(dir, String(i % 100).padStart(2, '0'));
    fs.mkdirSync(shard, { recursive: true });
    fs.writeFileSync(path.join(shard, `customer${i}.example.zone`), lines.join('\n') + '\n');
  }
  return total;
}

/**
 * An nginx configuration of `servers` TLS server blocks spread over `files` included files, under `dir`
 * (nginx.conf includes sites/*.conf). Certificates are referenced by path only. Returns the main file.
 */
export function writeNginxConfig(dir, servers, files) {
  const sites = path.join(dir, 'sites');
  fs.mkdirSync(sites, { recursive: true });
  const main = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    main,
    [
      'worker_processes auto;',
      'events { worker_connections 1024; }',
      'http {',
      '    ssl_protocols TLSv1.2 TLSv1.3;',
      '    ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384;',
      '    ssl_prefer_server_ciphers off;',
      '    ssl_session_timeout 1d;',
      '    ssl_session_cache shared:SSL:10m;',
      `    include ${path.join(sites, '*.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const perFile = Math.ceil(servers / files);
  for (let f = 0; f < files; f++) {
    const blocks = [];
    for (let s = f * perFile; s < Math.min(servers, (f + 1) * perFile); s++) {
      blocks.push(
        [
          'server {',
          '    listen 443 ssl;',
          '    listen [::]:443 ssl;',
          '    http2 on;',
          `    server_name site${s}.example.com www.site${s}.example.com;`,
          `    ssl_certificate /etc/ssl/site${s}/fullchain.pem;`,
          `    ssl_certificate_key /etc/ssl/site${s}/privkey.pem;`,
          '    add_header Strict-Transport-Security "max-age=63072000" always;',
          `    root /srv/site${s};`,
          '    location / {',
          '        try_files $uri $uri/ =404;',
          '    }',
          '}',
        ].join('\n'),
      );
    }
    fs.writeFileSync(path.join(sites, `site-${String(f).padStart(2, '0')}.conf`), blocks.join('\n\n') + '\n');
  }
  return main;
}
