import { strict as assert } from 'node:assert';
import { Analysis } from '../../../server/src/engine/service';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { evaluateCipherString } from '../../../server/src/engine/nginx/openssl/cipher-string';
import { ciphersCommand } from '../../../server/src/engine/nginx/openssl/command';
import type { NginxConfig } from '../../../server/src/engine/nginx/model';
import { detectLanguage } from '../../../server/src/engine/languages';

const TEXT = [
  'events {}',
  'http {',
  '    server {',
  '        listen 443 ssl;',
  '        ssl_protocols TLSv1 TLSv1.3;',
  '        ssl_ciphers HIGH:!aNULL:!MD5;',
  '        location /api/ {',
  '            proxy_pass http://127.0.0.1:8080;',
  '        }',
  '    }',
  '}',
  '',
].join('\n');

function analysis(text = TEXT, locale = 'en') {
  return new Analysis({ path: '/etc/nginx/nginx.conf', text, language: 'nginx' }, { settings: { locale } });
}

function positionOf(text: string, needle: string, delta = 1) {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function hoverText(a: Analysis, needle: string): string {
  const hover = a.hover(positionOf(a.file.text, needle));
  assert.ok(hover, `no hover on ${needle}`);
  return (hover.contents as { value: string }).value;
}

describe('nginx hover, completion, outline, formatting', () => {
  it('documents a directive from nginx\'s reference', () => {
    const text = hoverText(analysis(), 'ssl_protocols');
    assert.match(text, /\*\*ssl_protocols\*\* \(ngx_http_ssl_module\)/);
    assert.match(text, /Enables the specified protocols/);
  });

  it('expands an ssl_ciphers value into rated suites, in OpenSSL\'s order', () => {
    const text = hoverText(analysis(), 'HIGH:');
    const expected = ciphersCommand('HIGH:!aNULL:!MD5').output.split(':');
    const rows = text.split('\n').filter((l) => /^\| [A-Z0-9-]+ \| TLS_/.test(l));
    assert.deepEqual(rows.map((r) => r.split('|')[1]!.trim()), expected);
    assert.match(rows.find((r) => r.includes('| AES128-SHA |'))!, /\| weak \|$/);
    assert.match(rows.find((r) => r.includes('| ECDHE-RSA-AES128-GCM-SHA256 |'))!, /\| recommended \|$/);
    assert.match(hoverText(analysis(TEXT, 'zh-cn'), 'HIGH:'), /推荐/);
  });

  it('gives a protocol\'s status', () => {
    assert.match(hoverText(analysis(), 'TLSv1 '), /deprecated \(RFC 8996\)/);
    assert.match(hoverText(analysis(), 'TLSv1.3'), /recommended/);
  });

  it('completes directives allowed in the block under the cursor', () => {
    const text = TEXT.replace('            proxy_pass', '            ssl_\n            proxy_pass');
    const items = analysis(text).complete(positionOf(text, 'ssl_\n', 4)).map((i) => i.label);
    assert.ok(items.includes('proxy_pass'));
    assert.ok(!items.includes('ssl_certificate'), 'ssl_certificate is not allowed in location');
    assert.ok(!items.includes('worker_processes'));
    const inServer = analysis().complete(positionOf(TEXT, '        listen', 0)).map((i) => i.label);
    assert.ok(inServer.includes('ssl_certificate'));
  });

  it('outlines blocks and folds them', () => {
    const a = analysis();
    const service = a.languageService!;
    const symbols = service.symbols!(a.model as NginxConfig, a.file);
    assert.equal(symbols[1]!.name, 'http');
    assert.equal(symbols[1]!.children![0]!.children![0]!.detail, '/api/');
    const folds = service.folding!(a.model as NginxConfig, a.file);
    assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 9));
  });

  it('re-indents by depth and leaves multi-line strings alone', () => {
    const messy = 'http {\nserver {\n  listen 80;\n      log_format x "a\n  b";\n}\n}\n';
    const a = analysis(messy);
    const edits = a.languageService!.format!(a.model as NginxConfig, a.file, a.env);
    assert.equal(applyEdits(messy, edits), 'http {\n    server {\n        listen 80;\n        log_format x "a\n  b";\n    }\n}\n');
  });
});

describe('cipher-string engine semantics', () => {
  const names = (s: string) => evaluateCipherString(s).supported.map((x) => x.name);

  it('`-` deletes for now, `!` for good', () => {
    assert.ok(names('ECDHE+AESGCM:-ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256').includes('ECDHE-RSA-AES128-GCM-SHA256'));
    assert.ok(!names('ECDHE+AESGCM:!ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256').includes('ECDHE-RSA-AES128-GCM-SHA256'));
  });

  it('judges intent with the suites OpenSSL 3.0 lacks', () => {
    const real = evaluateCipherString('RC4:ECDHE+AESGCM');
    assert.ok(real.ok && !real.suites.some((s) => s.name.includes('RC4')));
    const intent = evaluateCipherString('RC4:ECDHE+AESGCM', { includeLegacy: true });
    assert.ok(intent.suites.some((s) => s.name === 'RC4-SHA'));
    assert.ok(!evaluateCipherString('ECDHE+AESGCM:!RC4', { includeLegacy: true }).suites.some((s) => s.name.includes('RC4')));
  });

  it('records each element with its offsets', () => {
    const result = evaluateCipherString('DEFAULT:!kRSA:NOPE');
    assert.deepEqual(result.elements.map((e) => [e.text, e.start, e.end, e.op, e.known]), [
      ['!kRSA', 8, 13, 'kill', true],
      ['NOPE', 14, 18, 'add', false],
    ]);
  });

  it('@SECLEVEL changes what a server can use', () => {
    assert.ok(names('ALL:@SECLEVEL=3').every((n) => !/^(AES|CAMELLIA|ARIA)/.test(n)));
    assert.equal(evaluateCipherString('ALL:@SECLEVEL=3').securityLevel, 3);
  });
});

describe('nginx links and definitions', () => {
  const files: Record<string, string> = {
    '/etc/nginx/nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n    ssl_certificate certs/site.pem;\n}\n',
    '/etc/nginx/conf.d/a.conf': 'server { listen 80; }\n',
  };
  const reader = { readText: (p: string) => files[p], glob: (p: string) => (p === '/etc/nginx/conf.d/*.conf' ? ['/etc/nginx/conf.d/a.conf'] : []) };
  const a = new Analysis({ path: '/etc/nginx/nginx.conf', text: files['/etc/nginx/nginx.conf']!, language: 'nginx' }, { reader });
  const model = a.model as NginxConfig;

  it('links file arguments, resolved against the configuration directory', () => {
    const links = a.languageService!.links!(model, a.file, a.env);
    assert.deepEqual(links.map((l) => l.target), ['file:///etc/nginx/certs/site.pem']);
  });

  it('goes from an include to the files it includes', () => {
    const offset = a.file.text.indexOf('conf.d/') + 2;
    const locations = a.languageService!.definition!(model, a.file, offset, a.env);
    assert.deepEqual(locations.map((l) => l.uri), ['file:///etc/nginx/conf.d/a.conf']);
  });
});

describe('nginx language detection', () => {
  it('recognises a .conf file by its nginx content, and leaves others alone', () => {
    assert.equal(detectLanguage('/srv/site.conf', 'events {}\nhttp {\n}\n'), 'nginx');
    assert.equal(detectLanguage('/srv/tls.conf', '# snippet\nssl_protocols TLSv1.2 TLSv1.3;\n'), 'nginx');
    assert.equal(detectLanguage('/srv/app.conf', '[section]\nkey = value\n'), undefined);
    assert.equal(detectLanguage('/etc/nginx/conf.d/x'), 'nginx');
  });
});
