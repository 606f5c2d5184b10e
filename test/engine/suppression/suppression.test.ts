import { strict as assert } from 'node:assert';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import type { RuleEnv } from '../../../server/src/engine/rules/rule';
import type { Analysis } from '../../../server/src/engine/service';
import { defaultSettings } from '../../../server/src/engine/settings';
import { applySuppressions } from '../../../server/src/engine/suppression/apply';
import { disableRuleFix, disableRuleForFileFix } from '../../../server/src/engine/suppression/disable-fix';
import { parseDirectives } from '../../../server/src/engine/suppression/directives';
import { SourceFile } from '../../../server/src/engine/text/source';
import { emptyReader, singleZoneWorkspace } from '../../../server/src/engine/workspace';

const PATH = '/z/example.com.zone';
const env = (rules: RuleEnv['settings']['rules'] = {}, locale = 'en'): RuleEnv => ({
  settings: defaultSettings({ rules, locale }),
  workspace: singleZoneWorkspace(emptyReader),
});

/** A diagnostic of `rule` on the first occurrence of `needle` in `text`. */
function at(text: string, needle: string, rule: string, path = PATH): EngineDiagnostic {
  const file = new SourceFile(path, text);
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { rule, severity: 'error', message: rule, path, range: file.rangeOf({ start, end: start + needle.length }), fixes: [], docUrl: '' };
}

function suppress(text: string, diagnostics: EngineDiagnostic[], language: 'zone' | 'nginx' = 'zone', e = env()) {
  return applySuppressions(diagnostics, new SourceFile(PATH, text), language, e);
}

describe('suppression/parseDirectives', () => {
  it('reads the three forms with rule lists, reasons, and ignores quoted text', () => {
    const text = [
      '; mailzone-disable-next-line zone/bad-rdata, zone/duplicate-record -- legacy host',
      'a IN A 300.1.1.1',
      'b IN TXT "; mailzone-disable zone/bad-rdata"',
      '   ; mailzone-disable',
      '; mailzone-enable zone/bad-rdata',
      '; mailzone-disabled zone/bad-rdata',
    ].join('\n');
    const directives = parseDirectives(new SourceFile(PATH, text), 'zone');
    assert.deepEqual(directives.map((d) => [d.kind, d.line, d.rules.map((r) => r.id)]), [
      ['disable-next-line', 0, ['zone/bad-rdata', 'zone/duplicate-record']],
      ['disable', 3, []],
      ['enable', 4, ['zone/bad-rdata']],
    ]);
    const first = directives[0]!;
    assert.equal(text.slice(first.rules[1]!.span.start, first.rules[1]!.span.end), 'zone/duplicate-record');
    assert.deepEqual([first.coversFrom, first.coversTo], [1, 1]);
  });

  it('uses # in nginx, and covers the whole statement that follows', () => {
    const text = 'server {\n    # mailzone-disable-next-line nginx/weak-ciphers\n    ssl_ciphers\n        "RC4:HIGH";\n    listen 443;\n}\n';
    const [directive] = parseDirectives(new SourceFile(PATH, text), 'nginx');
    assert.deepEqual([directive!.coversFrom, directive!.coversTo], [2, 3]);
  });

  it('covers the continuation lines of a parenthesised zone record', () => {
    const text = '; mailzone-disable-next-line dkim/weak-key\nsel._domainkey IN TXT ( "v=DKIM1; "\n   "p=AAAA" ; a ( in a comment\n   )\nnext IN A 192.0.2.1\n';
    const [directive] = parseDirectives(new SourceFile(PATH, text), 'zone');
    assert.deepEqual([directive!.coversFrom, directive!.coversTo], [1, 3]);
  });

  it('does not take an escaped \\; in a zone for a comment', () => {
    const text = 'a IN TXT v=spf1\\;mailzone-disable-next-line zone/bad-rdata\nb IN A 300.1.1.1\n';
    assert.deepEqual(parseDirectives(new SourceFile(PATH, text), 'zone'), []);
  });

  it('finds nothing in a file without the word and in MTA-STS files', () => {
    assert.deepEqual(parseDirectives(new SourceFile(PATH, 'a IN A 192.0.2.1\n'), 'zone'), []);
    assert.deepEqual(parseDirectives(new SourceFile(PATH, '# mailzone-disable x/y\n'), 'mta-sts'), []);
  });
});

describe('suppression/applySuppressions', () => {
  it('silences the named rule on the next line only', () => {
    const text = '; mailzone-disable-next-line zone/bad-rdata\na IN A 300.1.1.1\nb IN A 300.2.2.2\n';
    const out = suppress(text, [at(text, '300.1', 'zone/bad-rdata'), at(text, 'a IN', 'zone/duplicate-record'), at(text, '300.2', 'zone/bad-rdata')]);
    assert.deepEqual(out.map((d) => `${d.rule}@${d.range.start.line}`), ['zone/duplicate-record@1', 'zone/bad-rdata@2']);
  });

  it('silences a diagnostic on a continuation line of the record below the comment', () => {
    const text = '; mailzone-disable-next-line dkim/weak-key\nsel IN TXT ( "v=DKIM1; "\n   "p=AAAA" )\n';
    assert.deepEqual(suppress(text, [at(text, 'p=AAAA', 'dkim/weak-key')]), []);
  });

  it('silences everything between disable and enable, for the named rule or all', () => {
    const text = [
      '; mailzone-disable zone/bad-rdata',
      'a IN A 300.1.1.1',
      '; mailzone-enable zone/bad-rdata',
      'b IN A 300.2.2.2',
      '; mailzone-disable',
      'c IN A 300.3.3.3',
    ].join('\n');
    const out = suppress(text, [at(text, '300.1', 'zone/bad-rdata'), at(text, '300.2', 'zone/bad-rdata'), at(text, '300.3', 'zone/duplicate-record')]);
    assert.deepEqual(out.map((d) => d.range.start.line), [3]);
  });

  it('reports a directive that silences nothing as a faded hint whose fix removes the comment line', () => {
    const text = 'a IN A 192.0.2.1\n; mailzone-disable-next-line zone/bad-rdata\nb IN A 192.0.2.2\n';
    const [hint] = suppress(text, []);
    assert.equal(hint!.rule, 'config/unused-disable');
    assert.equal(hint!.severity, 'hint');
    assert.deepEqual(hint!.tags, ['unnecessary']);
    assert.equal(hint!.message, 'This comment disables zone/bad-rdata, but zone/bad-rdata reports nothing here.');
    assert.equal(applyEdits(text, hint!.fixes[0]!.edits), 'a IN A 192.0.2.1\nb IN A 192.0.2.2\n');
  });

  it('removes only the unused id when the other ids of the comment are used', () => {
    const text = '; mailzone-disable-next-line zone/duplicate-record, zone/bad-rdata\na IN A 300.1.1.1\n';
    const out = suppress(text, [at(text, '300.1', 'zone/bad-rdata')]);
    assert.equal(out.length, 1);
    assert.equal(applyEdits(text, out[0]!.fixes[0]!.edits), '; mailzone-disable-next-line zone/bad-rdata\na IN A 300.1.1.1\n');
  });

  it('removes a trailing comment but keeps the record before it', () => {
    const text = '$TTL 3600 ; mailzone-disable zone/bad-rdata\n';
    const [hint] = suppress(text, []);
    assert.equal(applyEdits(text, hint!.fixes[0]!.edits), '$TTL 3600\n');
  });

  it('reports unknown rule ids and enable without disable', () => {
    const text = '; mailzone-disable-next-line spf/no-such-rule\na IN A 192.0.2.1\n; mailzone-enable zone/bad-rdata\n';
    const out = suppress(text, []);
    assert.deepEqual(out.map((d) => [d.rule, d.severity, d.range.start.line]), [
      ['config/unknown-rule', 'warning', 0],
      ['config/unused-disable', 'hint', 2],
    ]);
    assert.match(out[0]!.message, /Unknown rule "spf\/no-such-rule"/);
  });

  it('does not call a directive unused when the rule is switched off, and follows the configured severity', () => {
    const text = '; mailzone-disable-next-line zone/bad-rdata\na IN A 192.0.2.1\n';
    assert.deepEqual(suppress(text, [], 'zone', env({ 'zone/bad-rdata': 'off' })), []);
    assert.equal(suppress(text, [], 'zone', env({ 'config/unused-disable': 'warning' }))[0]!.severity, 'warning');
    assert.deepEqual(suppress(text, [], 'zone', env({ 'config/unused-disable': 'off' })), []);
  });

  it('leaves diagnostics of other files alone', () => {
    const text = '; mailzone-disable\n$INCLUDE other.zone\n';
    const elsewhere = { ...at(text, '$INCLUDE', 'zone/bad-rdata'), path: '/z/other.zone' };
    const out = suppress(text, [elsewhere]);
    assert.ok(out.includes(elsewhere));
  });

  it('speaks Chinese when the locale says so', () => {
    const text = '; mailzone-disable-next-line zone/bad-rdata\na IN A 192.0.2.1\n';
    assert.match(suppress(text, [], 'zone', env({}, 'zh-cn'))[0]!.message, /没有报告任何问题/);
  });
});

describe('suppression/disableRuleFix', () => {
  const fakeAnalysis = (text: string, language: 'zone' | 'nginx' | 'mta-sts' = 'zone') =>
    ({ file: new SourceFile(PATH, text), language, env: env() }) as unknown as Analysis;

  it('inserts a disable-next-line comment that then silences the diagnostic', () => {
    const text = '$ORIGIN example.com.\n    IN A 300.1.1.1\n';
    const d = at(text, '300.1', 'zone/bad-rdata');
    const fix = disableRuleFix(fakeAnalysis(text), d)!;
    assert.equal(fix.title, 'Disable zone/bad-rdata for this line');
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, '$ORIGIN example.com.\n    ; mailzone-disable-next-line zone/bad-rdata\n    IN A 300.1.1.1\n');
    const moved = at(fixed, '300.1', 'zone/bad-rdata');
    assert.deepEqual(suppress(fixed, [moved]), []);
  });

  it('adds the rule to an existing comment above, keeps CR LF, and uses # in nginx', () => {
    const text = '# mailzone-disable-next-line nginx/a\r\nssl_protocols TLSv1;\r\n';
    const fix = disableRuleFix(fakeAnalysis(text, 'nginx'), at(text, 'TLSv1', 'nginx/b'))!;
    assert.equal(applyEdits(text, fix.edits), '# mailzone-disable-next-line nginx/a, nginx/b\r\nssl_protocols TLSv1;\r\n');
    const plain = 'ssl_protocols TLSv1;\r\n';
    assert.equal(applyEdits(plain, disableRuleFix(fakeAnalysis(plain, 'nginx'), at(plain, 'TLSv1', 'nginx/b'))!.edits), '# mailzone-disable-next-line nginx/b\r\nssl_protocols TLSv1;\r\n');
  });

  it('offers nothing for MTA-STS files, other files and config diagnostics; a file-wide variant exists', () => {
    const text = 'version: STSv1\n';
    assert.equal(disableRuleFix(fakeAnalysis(text, 'mta-sts'), at(text, 'STSv1', 'mtasts/x')), undefined);
    assert.equal(disableRuleFix(fakeAnalysis(text), at(text, 'STSv1', 'zone/x', '/other')), undefined);
    assert.equal(disableRuleFix(fakeAnalysis(text), at(text, 'STSv1', 'config/unused-disable')), undefined);
    const whole = disableRuleForFileFix(fakeAnalysis(text), at(text, 'STSv1', 'zone/bad-rdata'))!;
    assert.equal(applyEdits(text, whole.edits), '; mailzone-disable zone/bad-rdata\nversion: STSv1\n');
  });
});

describe('suppression/applySuppressions over included files', () => {
  it('applies each file\'s comments to its own diagnostics, once even when the file is included twice', () => {
    const main = new SourceFile(PATH, '$INCLUDE a.inc\n$INCLUDE a.inc\n');
    const incText = '; mailzone-disable-next-line zone/bad-rdata\nx IN A 300.1.1.1\n; mailzone-disable-next-line zone/duplicate-record\ny IN A 192.0.2.1\n';
    const inc = new SourceFile('/z/a.inc', incText);
    const again = new SourceFile('/z/a.inc', incText);
    const found = [at(incText, '300.1', 'zone/bad-rdata', '/z/a.inc'), at(main.text, '$INCLUDE', 'zone/bad-rdata')];
    const out = applySuppressions(found, main, 'zone', env(), [main, inc, again]);
    assert.deepEqual(out.map((d) => `${d.path} ${d.rule} ${d.range.start.line}`), ['/z/example.com.zone zone/bad-rdata 0', '/z/a.inc config/unused-disable 2']);
  });
});
