import type { ZoneRule } from '../rule';
import type { ZoneRecord } from '../../zone/model';
import { phrase } from '../../catalog/catalogue';
import { labelsOf, recordsByType } from '../../mail/tags/mail-records';
import { insertLineAfter, ownerText } from '../../mail/tags/edits';

/** Each STARTTLS service of RFC 6186 and the implicit-TLS service RFC 8314 §5.1 prefers, with its port. */
const IMPLICIT_TLS: Readonly<Record<string, { service: string; port: number }>> = {
  _submission: { service: '_submissions', port: 465 },
  _imap: { service: '_imaps', port: 993 },
  _pop3: { service: '_pop3s', port: 995 },
};

/**
 * RFC 8314 §5.1 asks mail clients to prefer implicit TLS and servers to offer it; a domain that advertises only
 * the STARTTLS service leaves clients on the weaker path. The fix adds the implicit-TLS SRV record on the same
 * host (check that the host serves that port).
 */
export const srvNoImplicitTls: ZoneRule = {
  id: 'srv/no-implicit-tls',
  language: 'zone',
  defaultSeverity: 'info',
  source: 'RFC 8314 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const record of recordsByType(zone, 'SRV')) {
      if (record.typed?.type !== 'SRV' || record.typed.target.fqdn === '.') continue;
      const [service, protocol, ...rest] = labelsOf(record.owner.fqdn.toLowerCase());
      const secure = service === undefined ? undefined : IMPLICIT_TLS[service];
      if (!secure || protocol !== '_tcp') continue;
      const secureOwner = [secure.service, '_tcp', ...rest].join('.') + '.';
      if ((zone.byOwner.get(secureOwner) ?? []).some((r) => r.type === 'SRV')) continue;
      const fix = { title: phrase('srv.fix.addImplicitTls', { service: `${secure.service}._tcp`, port: secure.port }, env.settings.locale), edits: [insertLineAfter(record, srvLine(record, secureOwner, secure.port, zone.origin))] };
      report({ path: record.file.path, span: record.typeSpan, args: { service: `${service}._tcp`, secure: `${secure.service}._tcp`, port: secure.port }, fixes: [fix] });
    }
  },
};

function srvLine(record: ZoneRecord, owner: string, port: number, origin: string): string {
  const typed = record.typed!;
  if (typed.type !== 'SRV') return '';
  return `${ownerText(owner, origin)} IN SRV ${typed.priority} ${typed.weight} ${port} ${typed.target.text}`;
}
