import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostics';
import { checkDocument } from '../../../server/src/engine/service';
import { SourceFile } from '../../../server/src/engine/text/source';
import { emptyReader, singleZoneWorkspace, type WorkspaceIndex } from '../../../server/src/engine/workspace';
import { parseZone } from '../../../server/src/engine/zone/parser';

const SOA = '@ IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\n';

function zone(origin: string, body: string) {
  return parseZone(new SourceFile(`/zones/${origin}zone`, `$ORIGIN ${origin}\n$TTL 3600\n${SOA}${body}`), { reader: emptyReader });
}

function lint(body: string, workspace: WorkspaceIndex): EngineDiagnostic[] {
  const text = `$ORIGIN example.com.\n$TTL 3600\n${SOA}${body}`;
  return checkDocument({ path: '/zones/example.com.zone', text, language: 'zone' }, { workspace }).diagnostics;
}

function rules(list: EngineDiagnostic[], prefix: string): string[] {
  return list.filter((d) => d.rule.startsWith(prefix)).map((d) => `${d.rule} ${d.severity} ${d.range.start.line}:${d.range.start.character}`);
}

describe('DMARC external report authorisation (RFC 7489 §7.1)', () => {
  const record = '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:agg@reports.example.org,mailto:me@example.com"\n';

  it('warns at the address when the destination zone lacks the authorisation record', () => {
    const destination = zone('example.org.', 'reports IN A 192.0.2.5\n');
    const found = lint(record, singleZoneWorkspace(emptyReader, [destination])).filter((d) => d.rule === 'dmarc/report-authorization');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /example\.com\._report\._dmarc\.reports\.example\.org\./);
    assert.equal(found[0]!.range.start.character, '_dmarc IN TXT "v=DMARC1; p=none; rua='.length);
  });

  it('is satisfied by the exact authorisation record or the wildcard one', () => {
    for (const owner of ['example.com._report._dmarc.reports', '*._report._dmarc.reports']) {
      const destination = zone('example.org.', `${owner} IN TXT "v=DMARC1"\n`);
      assert.deepEqual(rules(lint(record, singleZoneWorkspace(emptyReader, [destination])), 'dmarc/report-authorization'), [], owner);
    }
  });

  it('does not count an authorisation that is not v=DMARC1', () => {
    const destination = zone('example.org.', 'example.com._report._dmarc.reports IN TXT "ok"\n');
    assert.equal(rules(lint(record, singleZoneWorkspace(emptyReader, [destination])), 'dmarc/report-authorization').length, 1);
  });

  it('says nothing when the destination zone is not in the workspace', () => {
    assert.deepEqual(rules(lint(record, singleZoneWorkspace(emptyReader, [])), 'dmarc/report-authorization'), []);
  });
});

describe('MTA-STS policy file against the zone MX hosts (RFC 8461 §4.1)', () => {
  const body = '@ IN MX 10 mx1.example.com.\n@ IN MX 20 backup.mail.example.net.\nmx1 IN A 192.0.2.1\n@ IN TXT "v=spf1 mx -all"\n_dmarc IN TXT "v=DMARC1; p=reject"\nmta-sts IN A 192.0.2.20\n_mta-sts IN TXT "v=STSv1; id=20261123"\n';

  function withPolicy(text: string): WorkspaceIndex {
    return { ...singleZoneWorkspace(), mtaStsPolicyFor: (domain) => (domain === 'example.com' ? { path: '/site/.well-known/mta-sts.txt', text } : undefined) };
  }

  it('reports an MX host no mx: line matches, as an error under enforce', () => {
    const found = lint(body, withPolicy('version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n')).filter((d) => d.rule === 'mtasts/policy-mx-mismatch');
    assert.deepEqual(found.map((d) => d.severity), ['error']);
    assert.match(found[0]!.message, /backup\.mail\.example\.net/);
  });

  it('is a warning under testing and silent under none', () => {
    assert.deepEqual(rules(lint(body, withPolicy('version: STSv1\nmode: testing\nmx: mx1.example.com\nmax_age: 604800\n')), 'mtasts/policy-mx-mismatch').map((r) => r.split(' ')[1]), ['warning']);
    assert.deepEqual(rules(lint(body, withPolicy('version: STSv1\nmode: none\nmax_age: 604800\n')), 'mtasts/policy-mx-mismatch'), []);
  });

  it('lets *. match exactly one leading label', () => {
    const policy = 'version: STSv1\nmode: enforce\nmx: *.example.com\nmx: *.example.net\nmax_age: 604800\n';
    const found = lint(body, withPolicy(policy)).filter((d) => d.rule === 'mtasts/policy-mx-mismatch');
    assert.equal(found.length, 1, 'backup.mail.example.net is two labels below example.net');
    const matched = lint(body, withPolicy('version: STSv1\nmode: enforce\nmx: *.example.com\nmx: *.mail.example.net\nmax_age: 604800\n'));
    assert.deepEqual(rules(matched, 'mtasts/policy-mx-mismatch'), []);
  });
});

describe('MTA-STS policy file: missing fields', () => {
  function policy(text: string) {
    return checkDocument({ path: '/site/.well-known/mta-sts.txt', text }).diagnostics.map((d) => `${d.rule} ${d.severity}`);
  }
  it('reports each missing required field once', () => {
    assert.deepEqual(policy('mx: mx1.example.com\n').sort(), ['mtasts/policy-max-age error', 'mtasts/policy-mode error', 'mtasts/policy-version error']);
  });
  it('reports a version line that is not first, and a short max_age as info', () => {
    assert.deepEqual(policy('mode: testing\nversion: STSv1\nmx: mx1.example.com\nmax_age: 3600\n').sort(), ['mtasts/policy-max-age info', 'mtasts/policy-version error']);
  });
  it('accepts CRLF line breaks and extension fields', () => {
    assert.deepEqual(policy('version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmax_age: 1209600\r\nx-note: hello\r\n'), []);
  });
  it('never throws, and ranges stay inside the file, on arbitrary policy-like text', () => {
    const piece = fc.constantFrom('version', 'mode', 'mx', 'max_age', ':', ' ', '\r\n', '\n', 'STSv1', 'enforce', '*.', 'example.com', '31557600', '#', '-1', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.string({ maxLength: 8 }), (parts, noise) => {
        const text = parts.join('') + noise;
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const d of checkDocument({ path: '/p/mta-sts.txt', text }).diagnostics) {
          assert.ok(d.range.start.line < lines && d.range.end.line < lines, JSON.stringify(d.range));
          assert.notEqual(d.rule, 'core/internal-error');
        }
      }),
      { numRuns: 300, seed: 8461 },
    );
  });

  it('never throws on junk', () => {
    for (const text of ['', ':', '::::', '\n\n\n', 'version', ' : x', '\u0001:\u0002', 'mx:'.repeat(1000)]) assert.doesNotThrow(() => policy(text));
  });
});
