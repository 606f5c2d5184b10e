import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  contributes: Record<string, unknown>;
};

/** What the extension package may hold: the bundles, grammars, language settings, words, docs, README, CHANGELOG, licence, icon. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.zh-cn)?\.json$/,
  /^extension\/dist\/(client|server)\.js$/,
  /^extension\/syntaxes\/[a-z-]+\.tmLanguage\.json$/,
  /^extension\/language-configuration\/[a-z-]+\.json$/,
  /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
  /^extension\/docs\/rules\/.+\.md$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/images\/icon\.png$/,
];

const REQUIRED = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/syntaxes/zone.tmLanguage.json',
  'extension/syntaxes/nginx.tmLanguage.json',
  'extension/syntaxes/mta-sts.tmLanguage.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/images/icon.png',
  'extension/package.nls.zh-cn.json',
];

interface ZipEntry {
  name: string;
  read(): Buffer;
}

/** Lists a zip archive from its central directory (stored and deflated entries, which is what vsce writes). */
function zipEntries(archive: Buffer): ZipEntry[] {
  const eocd = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = archive.readUInt16LE(eocd + 10);
  let at = archive.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localHeader = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      read() {
        const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
        const data = archive.subarray(dataStart, dataStart + compressedSize);
        return method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('extension package (npm run package)', function () {
  this.timeout(300_000);
  const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
  let entries: ZipEntry[];

  before(() => {
    fs.rmSync(vsix, { force: true });
    const run = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    assert.ok(fs.existsSync(vsix), `${path.basename(vsix)} was written`);
    entries = zipEntries(fs.readFileSync(vsix));
  });

  it(`is named ${manifest.name}-<version>.vsix and holds only the allowed files`, () => {
    const unexpected = entries.map((e) => e.name).filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
    assert.deepEqual(unexpected, []);
  });

  it('holds the bundles, grammars, README, CHANGELOG, licence and icon', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const required of REQUIRED) assert.ok(names.has(required), `missing ${required}`);
    assert.ok(entries.some((e) => e.name.startsWith('extension/docs/rules/')), 'rule documentation');
  });

  it('ships a manifest whose entry point and grammars are in the package', () => {
    const packed = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8')) as typeof manifest & {
      contributes: { grammars: Array<{ path: string }>; languages: Array<{ id: string; configuration?: string }> };
      icon: string;
    };
    const names = new Set(entries.map((e) => e.name));
    const inPackage = (relative: string) => names.has(`extension/${path.posix.normalize(relative)}`);
    assert.ok(inPackage(packed.main), packed.main);
    assert.ok(inPackage(packed.icon), packed.icon);
    for (const grammar of packed.contributes.grammars) assert.ok(inPackage(grammar.path), grammar.path);
    for (const language of packed.contributes.languages) if (language.configuration) assert.ok(inPackage(language.configuration), language.configuration);
    assert.deepEqual(packed.contributes.languages.map((l) => l.id).sort(), ['mta-sts', 'nginx', 'zone']);
  });

  it('the bundled server starts without anything from node_modules', () => {
    const server = entries.find((e) => e.name === 'extension/dist/server.js')!.read().toString('utf8');
    const outside = [...server.matchAll(/require\(["']([^"'.][^"']*)["']\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:') && !isBuiltin(m));
    assert.deepEqual([...new Set(outside)], []);
  });
});

describe('manifest words', () => {
  const nls = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

  it('every %key% of package.json has English and Simplified Chinese text', () => {
    const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 10);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const words = nls(file);
      const missing = keys.filter((key) => typeof words[key] !== 'string' || words[key].length === 0);
      assert.deepEqual(missing, [], file);
    }
    assert.match(nls('package.nls.zh-cn.json')['command.bumpSerial']!, /[\u4e00-\u9fff]/);
  });

  it('every string the client shows through l10n.t has a Simplified Chinese translation', () => {
    const bundle = nls('l10n/bundle.l10n.zh-cn.json');
    const sources = fs.readdirSync(path.join(ROOT, 'client/src')).map((f) => fs.readFileSync(path.join(ROOT, 'client/src', f), 'utf8'));
    const strings = sources.flatMap((source) => [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));
    assert.ok(strings.length > 5);
    assert.deepEqual(strings.filter((s) => !(s in bundle)), []);
  });
});

function isBuiltin(name: string): boolean {
  return require('node:module').builtinModules.includes(name.split('/')[0]!);
}
