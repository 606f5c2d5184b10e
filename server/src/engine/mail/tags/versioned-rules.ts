import type { ZoneRule } from '../../rules/rule';
import { phrase } from '../../catalog/catalogue';
import { reportAt, reportTagListProblems } from './report';
import type { TagList } from './tag-list';
import { versionProblem } from './rewrite';
import { versionedRecords, type VersionedKind } from './versioned';

/**
 * The three checks every versioned mail record shares: its tag-list syntax, `v=` first and exact, and one
 * record per name. Each area's rule file names its id and source and calls one of these.
 */
interface RuleSpec {
  id: string;
  kind: VersionedKind;
  source: string;
}

export function tagSyntaxRule({ id, kind, source }: RuleSpec): ZoneRule {
  return {
    id,
    language: 'zone',
    defaultSeverity: 'error',
    source,
    check(zone, report) {
      for (const { record, tags } of versionedRecords(zone, kind)) reportTagListProblems(report, record, withoutExtensionNames(tags));
    },
  };
}

export function versionRule({ id, kind, source }: RuleSpec): ZoneRule {
  return {
    id,
    language: 'zone',
    defaultSeverity: 'error',
    source,
    fixable: true,
    check(zone, report, env) {
      for (const { record, tags, valid } of versionedRecords(zone, kind)) {
        if (valid) continue;
        const version = tags.tags.find((tag) => tag.name.toLowerCase() === 'v');
        if (!version) continue;
        const title = phrase('mail.fix.versionFirst', { version: `v=${kind.version}` }, env.settings.locale);
        const { messageId, fix } = versionProblem(record, tags, version, kind.version, title);
        reportAt(report, record, tags, version.start, version.end, { messageId, args: { written: `${version.name}=${version.value}`, version: `v=${kind.version}` }, fixes: [fix] });
      }
    },
  };
}

export function multipleRecordsRule({ id, kind, source }: RuleSpec): ZoneRule {
  return {
    id,
    language: 'zone',
    defaultSeverity: 'error',
    source,
    check(zone, report) {
      const valid = [...versionedRecords(zone, kind)].filter((r) => r.valid);
      const counts = new Map<string, number>();
      for (const { record } of valid) counts.set(record.owner.fqdn, (counts.get(record.owner.fqdn) ?? 0) + 1);
      for (const { record } of valid) {
        const count = counts.get(record.owner.fqdn)!;
        if (count > 1) report({ path: record.file.path, span: record.rdataSpan, args: { count, owner: record.owner.fqdn } });
      }
    },
  };
}

/** MTA-STS and TLS-RPT extension names may start with a digit and hold `-` and `.` (RFC 8461 §3.1, RFC 8460 §3). */
const EXTENSION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

function withoutExtensionNames(tags: TagList): TagList {
  return { ...tags, problems: tags.problems.filter((p) => p.kind !== 'bad-name' || !EXTENSION_NAME.test(p.name ?? '')) };
}
