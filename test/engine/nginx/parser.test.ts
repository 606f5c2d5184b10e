import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadNginxConfig, inferContext, MAX_INCLUDE_DEPTH } from '../../../server/src/engine/nginx/config';
import { parseNginxFile } from '../../../server/src/engine/nginx/parser';
import { tokenize } from '../../../server/src/engine/nginx/lexer';
import { walkDirectives, type NginxDirective } from '../../../server/src/engine/nginx/model';
import { SourceFile } from '../../../server/src/engine/text/source';
import type { FileReader } from '../../../server/src/engine/workspace';

function parse(text: string, context = 'main') {
  return parseNginxFile(new SourceFile('/etc/nginx/nginx.conf', text), context);
}

function memoryReader(files: Record<string, string>): FileReader {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const regex = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
      return Object.keys(files).filter((p) => regex.test(p)).sort();
    },
  };
}

const textOf = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('nginx lexer and parser', () => {
  it('gives exact spans for names, arguments, quotes and blocks', () => {
    const text = 'http {\n  server {\n    listen 443 ssl;\n    add_header X-A "a b" always;\n  }\n}\n';
    const { file, problems } = parse(text);
    assert.deepEqual(problems, []);
    const http = file.directives[0]!;
    assert.equal(textOf(text, http.span), text.trimEnd());
    const server = http.block![0]!;
    assert.equal(server.context, 'http');
    const header = server.block![1]!;
    assert.equal(header.context, 'http/server');
    assert.equal(textOf(text, header.nameSpan), 'add_header');
    assert.deepEqual(header.args.map((a) => a.value), ['X-A', 'a b', 'always']);
    assert.equal(textOf(text, header.args[1]!.span), '"a b"');
    assert.equal(header.args[1]!.quote, '"');
    assert.equal(textOf(text, header.span), 'add_header X-A "a b" always;');
  });

  it('follows nginx: `}` and `#` inside a word, `${var}`, escapes', () => {
    const { tokens } = tokenize('set $a ${b}c; return 200 a#b\\;c "x\\"y";');
    const words = tokens.filter((t) => t.kind === 'word').map((t) => t.value);
    assert.deepEqual(words, ['set', '$a', '${b}c', 'return', '200', 'a#b\\;c', 'x"y']);
  });

  it('reports a missing `;` at the end of the line and recovers the next directive', () => {
    const text = 'server {\n    listen 80\n    server_name example.com;\n}\n';
    const { file, problems } = parse(text, 'http');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.messageId, 'missing-semicolon');
    assert.equal(problems[0]!.span.start, text.indexOf('80') + 2);
    assert.deepEqual(file.directives[0]!.block!.map((d) => d.name), ['listen', 'server_name']);
  });

  it('points an unclosed block at the block whose `}` is missing (by indentation)', () => {
    const text = 'http {\n    server {\n        location / {\n            root /x;\n    }\n}\n';
    const { problems } = parse(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.messageId, 'unclosed-block');
    assert.equal(problems[0]!.span.start, text.indexOf('/ {') + 2);
  });

  it('keeps `*_by_lua_block` bodies as opaque text', () => {
    const text = 'location / {\n    content_by_lua_block {\n        local t = { a = "}" } -- }\n        ngx.say(t.a)\n    }\n    root /x;\n}\n';
    const { file, problems } = parse(text, 'http/server');
    assert.deepEqual(problems, []);
    const location = file.directives[0]!;
    assert.equal(location.block![0]!.opaque, true);
    assert.deepEqual(location.block!.map((d) => d.name), ['content_by_lua_block', 'root']);
  });

  it('never throws and always ends on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '{', '}', ';', '"', "'", '\\', '#', '$', 'server', 'include x;', '_by_lua_block {') , maxLength: 200 }), (text) => {
        const { file } = parse(text);
        walkDirectives(file.directives, (d) => assert.ok(d.span.start <= d.span.end && d.span.end <= text.length));
      }),
      { numRuns: 500 },
    );
  });
});

describe('nginx includes and contexts', () => {
  it('resolves includes against the main configuration directory and reports inside the included file', () => {
    const reader = memoryReader({
      '/etc/nginx/conf.d/a.conf': 'server { listen 80; }\n',
      '/etc/nginx/conf.d/b.conf': 'server { listen 81 }\n',
      '/etc/nginx/snippets/tls.conf': 'ssl_protocols TLSv1.2;\n',
    });
    const text = 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n';
    const config = loadNginxConfig(new SourceFile('/etc/nginx/nginx.conf', text), reader);
    const include = config.main.directives[1]!.block![0]!;
    assert.deepEqual(include.includedPaths, ['/etc/nginx/conf.d/a.conf', '/etc/nginx/conf.d/b.conf']);
    assert.equal(include.included![0]!.context, 'http');
    const problem = config.problems.find((p) => p.rule === 'nginx/syntax')!;
    assert.equal(problem.path, '/etc/nginx/conf.d/b.conf');
  });

  it('stops include cycles and depth', () => {
    const files: Record<string, string> = { '/etc/nginx/self.conf': 'include self.conf;\n' };
    for (let i = 0; i < 40; i++) files[`/etc/nginx/d${i}.conf`] = `include d${i + 1}.conf;\n`;
    const cycle = loadNginxConfig(new SourceFile('/etc/nginx/self.conf', files['/etc/nginx/self.conf']!), memoryReader(files));
    assert.ok(cycle.problems.some((p) => p.rule === 'nginx/include-cycle'));
    const deep = loadNginxConfig(new SourceFile('/etc/nginx/d0.conf', files['/etc/nginx/d0.conf']!), memoryReader(files));
    assert.ok(deep.problems.some((p) => p.messageId === 'too-deep'));
    assert.ok(deep.files.size <= MAX_INCLUDE_DEPTH + 2);
  });

  it('reads a fragment in the context it is written for', () => {
    const ctx = (text: string) => inferContext(parse(text).file.directives as NginxDirective[]);
    assert.equal(ctx('events {}\nhttp {}\n'), 'main');
    assert.equal(ctx('server { listen 80; }\nupstream u { server 127.0.0.1; }\n'), 'http');
    assert.equal(ctx('ssl_protocols TLSv1.2;\nlisten 443 ssl;\n'), 'http/server');
    assert.equal(ctx('root /srv;\ntry_files $uri =404;\n'), 'http/server');
    const config = loadNginxConfig(new SourceFile('/etc/nginx/sites-available/site', 'server { listen 80; }\n'), memoryReader({}));
    assert.equal(config.rootContext, 'http');
    assert.equal(config.prefix, '/etc/nginx');
  });
});
