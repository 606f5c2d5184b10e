import type { Hover } from 'vscode-languageserver-types';
import { phrase } from '../catalog/catalogue';
import type { RuleEnv } from '../rules/rule';
import { zoneHoverProviders } from '../zone/features';
import type { Zone } from '../zone/model';
import { dkimKeyOf } from './dkim/record';
import type { DkimPublicKey } from './dkim/public-key';
import { dmarcPolicySummary } from './dmarc/summary';
import { domainUnder } from './tags/mail-records';
import { mailRecordAt, type MailRecordAt } from './tags/record-at';
import { tagInfoByName } from './tags/tag-info';
import { spanOf, tagAt, type Tag } from './tags/tag-list';

/**
 * Hover on a tag of a DKIM, DMARC, MTA-STS, TLS-RPT or BIMI record: what it means and where it is defined;
 * on DKIM `p=` also the key's algorithm and real size. Hover elsewhere on a DMARC record: its policy in words;
 * on a DKIM record: its key.
 */
export function mailTagHover(zone: Zone, offset: number, env: RuleEnv): Hover | undefined {
  const at = mailRecordAt(zone, offset);
  if (!at) return undefined;
  const locale = env.settings.locale;
  const tag = at.position >= 0 ? tagAt(at.tags, at.position) : undefined;
  if (tag) return tagHover(at, tag, locale);
  const range = at.record.file.rangeOf(at.record.span);
  if (at.info.kind === 'dmarc') {
    const domain = domainUnder('_dmarc', at.record.owner.fqdn) ?? at.record.owner.fqdn;
    return { contents: { kind: 'markdown', value: dmarcPolicySummary(at.tags, domain, locale).join('\n\n') }, range };
  }
  if (at.info.kind === 'dkim' && dkimKeyOf(at.tags)) return { contents: { kind: 'markdown', value: keyLine(at, locale) }, range };
  return undefined;
}

function tagHover(at: MailRecordAt, tag: Tag, locale: string): Hover | undefined {
  const info = tagInfoByName(at.info.tags, tag.name, at.info.ignoreCase);
  if (!info) return undefined;
  const lines = [phrase(`${at.info.kind}.tag.${info.name}`, {}, locale)];
  if (at.info.kind === 'dkim' && info.name === 'p') lines.push(keyLine(at, locale));
  if (at.info.kind === 'dmarc' && info.name === 'v') {
    const domain = domainUnder('_dmarc', at.record.owner.fqdn) ?? at.record.owner.fqdn;
    lines.push(...dmarcPolicySummary(at.tags, domain, locale));
  }
  if (info.values && info.name !== 'v') lines.push(phrase('mail.hover.values', { values: info.values.map((v) => `\`${v}\``).join(', ') }, locale));
  lines.push(phrase('mail.hover.source', { section: info.section }, locale));
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: at.record.file.rangeOf(spanOf(at.tags, tag.start, tag.end)) };
}

function keyLine(at: MailRecordAt, locale: string): string {
  const reading = dkimKeyOf(at.tags);
  if (reading?.revoked) return phrase('dkim.hover.revoked', {}, locale);
  return describeKey(reading?.key, locale);
}

function describeKey(key: DkimPublicKey | undefined, locale: string): string {
  if (key?.kind === 'rsa') return phrase('dkim.hover.rsaKey', { bits: key.bits, format: key.format === 'spki' ? 'SubjectPublicKeyInfo' : 'PKCS#1 RSAPublicKey' }, locale);
  if (key?.kind === 'ed25519') return phrase('dkim.hover.ed25519Key', { bytes: key.bytes }, locale);
  if (key?.kind === 'private') return phrase('dkim.hover.privateKey', {}, locale);
  return phrase('dkim.hover.undecodable', {}, locale);
}

zoneHoverProviders.push(mailTagHover);
