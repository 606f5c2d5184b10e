import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDocument } from '../../../server/src/engine/service';
import { loadNginxConfig } from '../../../server/src/engine/nginx/config';
import { SourceFile } from '../../../server/src/engine/text/source';
import { createFsReader } from '../../../server/src/node/fs-reader';
import { FIXTURE_NOW, listFixtures } from '../../support/fixture-files';

/**
 * Every nginx fixture MailZone calls valid must pass `nginx -t`, and every one where it predicts that nginx
 * refuses the configuration must fail it. Run against Debian's nginx with a temporary prefix.
 */

/** Findings that mean nginx will refuse the configuration (syntax, unknown names, files it cannot load). */
const FATAL_RULES = new Set([
  'nginx/syntax',
  'nginx/include-not-found',
  'nginx/include-cycle',
  'nginx/unknown-directive',
  'nginx/directive-context',
  'nginx/cipher-no-match',
  'nginx/certificate-missing',
  'nginx/ecdh-curve-pq',
  'nginx/dhparam-weak',
]);

/** Deliberate differences, with the reason. */
const SKIPPED: Record<string, string> = {
  'unknown-directive/silent.conf': 'uses content_by_lua_block: valid with OpenResty, Debian nginx-light has no Lua module',
  'fragments/sites-enabled/inherits.conf':
    'a fragment that takes its certificate from the nginx.conf that includes it: MailZone cannot see that file and stays silent, the bare wrapper has no certificate',
};

function nginxVersion(): string | undefined {
  const result = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (result.error) return undefined;
  return /nginx\/(\d+\.\d+\.\d+)/.exec(result.stderr)?.[1];
}

function hasModule(name: 'mail' | 'stream'): boolean {
  const result = spawnSync('nginx', ['-V'], { encoding: 'utf8' });
  const flags = result.stderr ?? '';
  if (flags.includes(`--with-${name}=dynamic`)) return fs.existsSync(`/usr/lib/nginx/modules/ngx_${name}_module.so`);
  return flags.includes(`--with-${name}`);
}

describe('nginx fixtures vs `nginx -t`', function () {
  this.timeout(120_000);
  const version = nginxVersion();
  if (!version) {
    it('SKIPPED: no `nginx` binary on PATH, the nginx -t cross-check did not run', () => {
      console.warn('\n  !!! nginx is missing: the nginx -t cross-check was SKIPPED !!!\n');
    });
    return;
  }
  const mail = hasModule('mail');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-nginx-'));
  fs.mkdirSync(path.join(prefix, 'logs'), { recursive: true });
  after(() => fs.rmSync(prefix, { recursive: true, force: true }));

  const fixtures = listFixtures().filter((f) => f.language === 'nginx');
  it('finds nginx fixtures', () => assert.ok(fixtures.length > 30));

  for (const fixture of fixtures) {
    const relative = path.relative(path.join(path.dirname(fixture.path), '..'), fixture.path);
    const key = fixture.relative.replace(/^nginx\//, '');
    it(`${key} (nginx ${version})`, function () {
      if (SKIPPED[key]) this.skip();
      const reader = createFsReader();
      const rootContext = loadNginxConfig(new SourceFile(fixture.path, fixture.text), reader).rootContext;
      if (!mail && (/^\s*mail\s*\{/m.test(fixture.text) || rootContext.startsWith('mail'))) this.skip();
      const result = checkDocument(
        { path: fixture.path, text: fixture.text, language: 'nginx' },
        { settings: { ...fixture.settings, now: FIXTURE_NOW, nginxVersion: version }, reader },
      );
      const fatal = result.diagnostics.filter((d) => FATAL_RULES.has(d.rule));
      const conf = wrapFragment(fixture.path, fixture.text, reader, prefix);
      const run = spawnSync('nginx', ['-t', '-q', '-p', prefix, '-e', 'stderr', '-c', conf], { encoding: 'utf8', timeout: 20_000 });
      const passes = run.status === 0;
      const predicted = fatal.length === 0;
      assert.equal(
        predicted,
        passes,
        `${relative}: MailZone ${predicted ? 'calls it valid' : `predicts failure (${fatal.map((d) => d.rule).join(', ')})`}, nginx -t ${passes ? 'passes' : `fails: ${run.stderr.trim()}`}`,
      );
    });
  }
});

/** A fragment (conf.d, sites-available, snippet) is tested inside the blocks it is written for. */
function wrapFragment(file: string, text: string, reader: ReturnType<typeof createFsReader>, prefix: string): string {
  const config = loadNginxConfig(new SourceFile(file, text), reader);
  if (config.rootContext === 'main') return file;
  // nginx resolves relative paths against the directory of the -c file: the wrapper sits in a folder whose
  // siblings are links to the siblings of the fragment's prefix, so `../certs/…` means the same in both.
  const base = path.join(prefix, `wrap-${path.basename(file)}`);
  const dir = path.join(base, 'conf');
  fs.mkdirSync(dir, { recursive: true });
  const outer = path.dirname(config.prefix);
  for (const entry of fs.readdirSync(outer)) {
    const link = path.join(base, entry);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(outer, entry), link);
  }
  const [family = 'http', inner] = config.rootContext.split('/');
  const wrapped = inner
    ? `events {}\n${family} {\n    server {\n        listen 8080;\n        include ${file};\n    }\n}\n`
    : `events {}\n${family} {\n    include ${file};\n}\n`;
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, wrapped);
  return conf;
}

