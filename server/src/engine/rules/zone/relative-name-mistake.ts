import { ruleMessage } from '../../catalog/catalogue';
import type { SourceFile } from '../../text/source';
import type { NameRef } from '../../zone/model';
import type { Report, ZoneRule } from '../rule';
import { rdataNames } from './host-target';

/**
 * Top-level domains common enough that a relative name ending in one was surely meant to be absolute
 * (`mail.google.com` under `example.com.`). Kept short on purpose: a wrong guess here is a false warning.
 */
const COMMON_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'me', 'app', 'dev', 'cloud', 'xyz',
  'top', 'site', 'online', 'cn', 'hk', 'tw', 'jp', 'kr', 'sg', 'uk', 'de', 'fr', 'nl', 'eu', 'ru', 'us', 'ca', 'au',
  'in', 'br',
]);

export const relativeNameMistake: ZoneRule = {
  id: 'zone/relative-name-mistake',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 1035 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const record of zone.records) {
      const names = record.ownerInherited ? rdataNames(record) : [record.owner, ...rdataNames(record)];
      for (const name of names) checkName(name, record.file, report, env.settings.locale);
    }
  },
};

function checkName(name: NameRef, file: SourceFile, report: Report, locale: string): void {
  if (!name.relative || name.text === '' || name.text === '@' || name.span.end <= name.span.start) return;
  const written = name.text.toLowerCase();
  const origin = originOf(name);
  if (origin === undefined || origin === '') return;
  const repeatsOrigin = written === origin || written.endsWith('.' + origin);
  const lastLabel = written.slice(written.lastIndexOf('.') + 1);
  const looksAbsolute = written.includes('.') && COMMON_TLDS.has(lastLabel);
  if (!repeatsOrigin && !looksAbsolute) return;
  const intended = `${name.text}.`;
  const args = { text: name.text, fqdn: name.fqdn, intended };
  report({
    path: file.path,
    span: name.span,
    messageId: repeatsOrigin ? undefined : 'tld',
    severity: repeatsOrigin ? undefined : 'info',
    args,
    fixes: [
      {
        title: ruleMessage(relativeNameMistake.id, 'fix-dot', args, locale),
        edits: [{ path: file.path, range: file.rangeOf({ start: name.span.end, end: name.span.end }), newText: '.' }],
        preferred: repeatsOrigin,
      },
    ],
  });
}

/** The origin that completed this relative name, without its trailing dot ('' for the root). */
function originOf(name: NameRef): string | undefined {
  const written = name.text.toLowerCase();
  if (!name.fqdn.startsWith(written + '.')) return undefined;
  return name.fqdn.slice(written.length + 1).replace(/\.$/, '');
}
