import { strict as assert } from 'node:assert';
import { configSettings, parseConfig } from '../../../server/src/engine/config/mailzone-config';
import { findConfig, parentOf } from '../../../server/src/engine/config/locate';
import { layerSettings, loadConfigFor } from '../../../server/src/engine/config/load';
import type { FileReader } from '../../../server/src/engine/workspace';

describe('config/parseConfig', () => {
  it('reads rule severities and the nginx version into engine settings', () => {
    const { config, problems } = parseConfig('{ "rules": { "config/unused-disable": "off", "core/binary-file": "error" }, "nginx": { "version": "1.22.1" } }', '.mailzone.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(configSettings(config), { rules: { 'config/unused-disable': 'off', 'core/binary-file': 'error' }, nginxVersion: '1.22.1' });
  });

  it('reports a JSON syntax error with its line and keeps an empty configuration', () => {
    const { config, problems } = parseConfig('{\n  "rules": {\n    "a/b": "off",\n  }\n}', 'cfg.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.match(problems[0]!.message, /^cfg\.json: not valid JSON/);
    assert.equal(problems[0]!.line, 3);
    assert.deepEqual(config.rules, {});
  });

  it('drops a bad severity with a suggestion, keeps the valid entries', () => {
    const text = '{\n "rules": {\n  "core/binary-file": "warn",\n  "core/internal-error": "loud",\n  "core/file-too-large": "off"\n }\n}';
    const { config, problems } = parseConfig(text, 'c');
    assert.deepEqual(config.rules, { 'core/file-too-large': 'off' });
    assert.deepEqual(problems.map((p) => [p.severity, p.line]), [['error', 2], ['error', 3]]);
    assert.match(problems[0]!.message, /did you mean "warning"/);
    assert.match(problems[1]!.message, /use one of off, hint, info, warning, error/);
  });

  it('warns about unknown rules and keys but still applies them', () => {
    const { config, problems } = parseConfig('{ "rulez": {}, "rules": { "spf/no-such-rule": "off" }, "nginx": { "versoin": "1" } }', 'c');
    assert.equal(config.rules['spf/no-such-rule'], 'off');
    assert.deepEqual(problems.map((p) => p.severity), ['warning', 'warning', 'warning']);
    assert.ok(problems.some((p) => /unknown rule "spf\/no-such-rule"/.test(p.message)));
  });

  it('rejects shapes that are not objects and bad versions', () => {
    assert.match(parseConfig('[1]', 'c').problems[0]!.message, /must be a JSON object/);
    assert.match(parseConfig('{"rules": 3}', 'c').problems[0]!.message, /"rules" must be an object/);
    assert.match(parseConfig('{"nginx": {"version": "latest"}}', 'c').problems[0]!.message, /nginx.version must look like/);
    assert.match(parseConfig('', 'c').problems[0]!.message, /not valid JSON/);
  });

  it('speaks Chinese when asked', () => {
    assert.match(parseConfig('[', 'c', 'zh-CN').problems[0]!.message, /不是有效的 JSON/);
  });
});

describe('config/findConfig', () => {
  const files = new Map([
    ['/repo/.mailzone.json', '{"rules":{}}'],
    ['/repo/zones/sub/.mailzone.json', '{}'],
  ]);
  const reader: FileReader = { readText: (p) => files.get(p) };

  it('finds the nearest configuration upward from the file', () => {
    assert.equal(findConfig('/repo/zones/sub/a.zone', reader)?.path, '/repo/zones/sub/.mailzone.json');
    assert.equal(findConfig('/repo/zones/b.zone', reader)?.path, '/repo/.mailzone.json');
    assert.equal(findConfig('/elsewhere/c.zone', reader), undefined);
  });

  it('stops at the workspace root', () => {
    assert.equal(findConfig('/repo/zones/b.zone', reader, '/repo/zones'), undefined);
    assert.equal(findConfig('/repo/zones/b.zone', reader, '/repo/')?.path, '/repo/.mailzone.json');
  });

  it('walks Windows paths and terminates at a drive root', () => {
    const win: FileReader = { readText: (p) => (p === 'C:\\w\\.mailzone.json' ? '{}' : undefined) };
    assert.equal(findConfig('C:\\w\\z\\a.zone', win)?.path, 'C:\\w\\.mailzone.json');
    assert.equal(findConfig('D:\\a.zone', win), undefined);
    assert.equal(parentOf('C:\\'), undefined);
    assert.equal(parentOf('/'), undefined);
    assert.equal(parentOf('/a'), '/');
  });
});

describe('config/loadConfigFor and layerSettings', () => {
  it('loads, validates and converts the nearest configuration', () => {
    const reader: FileReader = { readText: (p) => (p === '/ws/.mailzone.json' ? '{"rules":{"core/binary-file":"warn"},"nginx":{"version":"1.24.0"}}' : undefined) };
    const loaded = loadConfigFor('/ws/zones/a.zone', reader, '/ws')!;
    assert.equal(loaded.path, '/ws/.mailzone.json');
    assert.deepEqual(loaded.settings, { nginxVersion: '1.24.0' });
    assert.equal(loaded.problems.length, 1);
    assert.equal(loadConfigFor('/elsewhere/a.zone', reader, '/elsewhere'), undefined);
  });

  it('lets later layers win, rule by rule', () => {
    const merged = layerSettings(
      { rules: { 'a/x': 'off', 'a/y': 'error' }, nginxVersion: '1.22.1' },
      undefined,
      { rules: { 'a/y': 'hint' }, locale: 'zh-cn' },
    );
    assert.deepEqual(merged, { rules: { 'a/x': 'off', 'a/y': 'hint' }, nginxVersion: '1.22.1', locale: 'zh-cn' });
  });
});
