import type { ZoneRule } from '../rule';
import { phrase } from '../../catalog/catalogue';
import { labelsOf, recordsByType } from '../../mail/tags/mail-records';
import { editIn } from '../../mail/tags/edits';

/** The ports RFC 6186 §3 assigns to mail-client services, with `_submissions` from RFC 8314 §5.1. */
export const MAIL_SERVICE_PORTS: Readonly<Record<string, number>> = {
  _submissions: 465,
  _submission: 587,
  _imaps: 993,
  _imap: 143,
  _pop3s: 995,
  _pop3: 110,
};

/** A mail-client SRV record whose port is not the service's: clients that trust it connect to the wrong port. */
export const srvWrongPort: ZoneRule = {
  id: 'srv/wrong-port',
  language: 'zone',
  defaultSeverity: 'warning',
  source: 'RFC 6186 §3, RFC 8314 §5.1',
  fixable: true,
  check(zone, report, env) {
    for (const record of recordsByType(zone, 'SRV')) {
      if (record.typed?.type !== 'SRV' || record.typed.target.fqdn === '.') continue;
      const [service, protocol] = labelsOf(record.owner.fqdn.toLowerCase());
      const expected = service === undefined ? undefined : MAIL_SERVICE_PORTS[service];
      const portField = record.rdata[2];
      if (protocol !== '_tcp' || expected === undefined || record.typed.port === expected || !portField) continue;
      const fix = { title: phrase('srv.fix.port', { port: expected }, env.settings.locale), edits: [editIn(record, portField.span, String(expected))], preferred: true };
      report({ path: record.file.path, span: portField.span, args: { service: `${service}._tcp`, port: record.typed.port, expected }, fixes: [fix] });
    }
  },
};
