/**
 * The mail providers MailZone can set up, as data. Every value carries the page it comes from, the date it
 * was checked against that page, and whether it is verified: values known only from resellers, disputed, or
 * depending on a region are `verified: false`, and the editor says so wherever it shows them.
 * Tenant-specific values are never written here: they become placeholders the user fills in.
 * (REFERENCE §7 lists the facts and their confidence.)
 */

export type ProviderId = 'alibaba' | 'google' | 'microsoft365' | 'tencent' | 'zoho' | 'fastmail' | 'amazon-ses';

export interface Provenance {
  source: string;
  /** ISO date the value was compared with the source (a stored copy of the page, and REFERENCE §7). */
  checked: string;
  verified: boolean;
  /** Why a value is unverified, or what varies (region, tenant). */
  note?: string;
}

/** `${n:text}` in a host or label marks a value only the user knows; it becomes a snippet placeholder. */
export interface ProviderMx extends Provenance {
  preference: number;
  exchange: string;
}

export interface ProviderCname extends Provenance {
  /** Relative to the mail domain. */
  name: string;
  target: string;
}

export interface ProviderSpf extends Provenance {
  include: string;
  /** The `all` term the provider documents for a new record. */
  all: '-all' | '~all';
}

export interface MailProvider {
  id: ProviderId;
  name: string;
  /** Simplified Chinese name, where the provider has one. */
  nameZh?: string;
  /**
   * Where the records go, relative to the zone's apex: '' for the apex itself. Amazon SES's MAIL FROM
   * domain is a subdomain the user picks, hence a placeholder.
   */
  mailDomain: string;
  mx: ProviderMx[];
  spf: ProviderSpf;
  cnames: ProviderCname[];
  /** A line for the inserted block's comment, e.g. where the DKIM key comes from. */
  dkimHint?: string;
}

const CHECKED = '2026-11-23';

const ALIBABA_MX = 'https://help.aliyun.com/en/document_detail/446248.html';
const ALIBABA_HELP = 'https://help.aliyun.com/';
const GOOGLE_MX = 'https://support.google.com/a/answer/174125';
const GOOGLE_SPF = 'https://support.google.com/a/answer/33786';
const MICROSOFT_DNS = 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/external-domain-name-system-records';
const MICROSOFT_DKIM = 'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure';
const TENCENT_HELP = 'https://service.exmail.qq.com/';
const ZOHO_HELP = 'https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html';
const ZOHO_SPF = 'https://www.zoho.com/mail/help/adminconsole/spf-configuration.html';
const FASTMAIL_HELP = 'https://www.fastmail.help/hc/en-us/articles/360060591153-Manual-DNS-configuration';
const SES_MAIL_FROM = 'https://docs.aws.amazon.com/ses/latest/dg/mail-from.html';

const ok = (source: string): Provenance => ({ source, checked: CHECKED, verified: true });
/** Documented in the provider's help centre (the DNS settings table), whose page address is not pinned here. */
const helpCentre = (source: string): Provenance => ({ ...ok(source), note: 'From the DNS settings table of the provider\'s help centre.' });
const unverified = (source: string, note: string): Provenance => ({ source, checked: CHECKED, verified: false, note });

export const providers: readonly MailProvider[] = [
  {
    id: 'alibaba',
    name: 'Alibaba Mail',
    nameZh: '阿里企业邮箱',
    mailDomain: '',
    mx: [
      { preference: 5, exchange: 'mx1.qiye.aliyun.com.', ...ok(ALIBABA_MX) },
      { preference: 10, exchange: 'mx2.qiye.aliyun.com.', ...ok(ALIBABA_MX) },
      { preference: 15, exchange: 'mx3.qiye.aliyun.com.', ...ok(ALIBABA_MX) },
    ],
    spf: { include: 'spf.qiye.aliyun.com', all: '-all', ...helpCentre(ALIBABA_HELP) },
    cnames: [
      { name: 'mail', target: 'qiye.aliyun.com.', ...helpCentre(ALIBABA_HELP) },
      { name: 'imap', target: 'imap.qiye.aliyun.com.', ...helpCentre(ALIBABA_HELP) },
      { name: 'pop3', target: 'pop.qiye.aliyun.com.', ...helpCentre(ALIBABA_HELP) },
      { name: 'smtp', target: 'smtp.qiye.aliyun.com.', ...helpCentre(ALIBABA_HELP) },
    ],
    dkimHint: 'DKIM: copy the key from the Alibaba Mail admin console (it names the selector).',
  },
  {
    id: 'google',
    name: 'Google Workspace',
    mailDomain: '',
    mx: [{ preference: 1, exchange: 'smtp.google.com.', ...ok(GOOGLE_MX) }],
    spf: { include: '_spf.google.com', all: '~all', ...ok(GOOGLE_SPF) },
    cnames: [],
    dkimHint: 'DKIM: generate the key in the Google Admin console (Apps > Gmail > Authenticate email).',
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    mailDomain: '',
    mx: [
      {
        preference: 0,
        exchange: '${tenant-token}.mail.protection.outlook.com.',
        ...ok(MICROSOFT_DNS),
        note: 'The host is tenant-specific: copy it from the Microsoft 365 admin center (newer tenants get a *.mx.microsoft host).',
      },
    ],
    spf: { include: 'spf.protection.outlook.com', all: '-all', ...ok(MICROSOFT_DNS) },
    cnames: [
      { name: 'autodiscover', target: 'autodiscover.outlook.com.', ...ok(MICROSOFT_DNS) },
      {
        name: 'selector1._domainkey',
        target: 'selector1-${domain-guid}._domainkey.${tenant}.onmicrosoft.com.',
        ...ok(MICROSOFT_DKIM),
        note: 'Tenant-specific: copy the target from the Defender portal.',
      },
      {
        name: 'selector2._domainkey',
        target: 'selector2-${domain-guid}._domainkey.${tenant}.onmicrosoft.com.',
        ...ok(MICROSOFT_DKIM),
        note: 'Tenant-specific: copy the target from the Defender portal.',
      },
    ],
  },
  {
    id: 'tencent',
    name: 'Tencent Exmail',
    nameZh: '腾讯企业邮箱',
    mailDomain: '',
    mx: [
      { preference: 5, exchange: 'mxbiz1.qq.com.', ...unverified(TENCENT_HELP, 'Known from resellers; the official page could not be confirmed.') },
      { preference: 10, exchange: 'mxbiz2.qq.com.', ...unverified(TENCENT_HELP, 'Known from resellers; the official page could not be confirmed.') },
    ],
    spf: { include: 'spf.mail.qq.com', all: '~all', ...unverified(TENCENT_HELP, 'Known from resellers; the official page could not be confirmed.') },
    cnames: [],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    mailDomain: '',
    mx: [
      { preference: 10, exchange: 'mx.zoho.com.', ...unverified(ZOHO_HELP, 'US data centre; other regions use mx.zoho.eu, mx.zoho.in, … ') },
      { preference: 20, exchange: 'mx2.zoho.com.', ...unverified(ZOHO_HELP, 'US data centre; other regions differ.') },
      { preference: 50, exchange: 'mx3.zoho.com.', ...unverified(ZOHO_HELP, 'US data centre; other regions differ.') },
    ],
    spf: { include: 'zohomail.com', all: '~all', ...unverified(ZOHO_SPF, 'The include name is disputed between sources and varies by region.') },
    cnames: [],
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    mailDomain: '',
    mx: [
      { preference: 10, exchange: 'in1-smtp.messagingengine.com.', ...ok(FASTMAIL_HELP) },
      { preference: 20, exchange: 'in2-smtp.messagingengine.com.', ...unverified(FASTMAIL_HELP, 'The host is documented; its priority is not confirmed.') },
    ],
    spf: { include: 'spf.messagingengine.com', all: '~all', ...ok(FASTMAIL_HELP) },
    cnames: [1, 2, 3].map((n) => ({
      name: `fm${n}._domainkey`,
      target: `fm${n}.{domain}.dkim.fmhosted.com.`,
      ...unverified(FASTMAIL_HELP, 'The target pattern is partly confirmed.'),
    })),
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES (MAIL FROM domain)',
    mailDomain: '${mail-from-subdomain}',
    mx: [
      {
        preference: 10,
        exchange: 'feedback-smtp.${aws-region}.amazonses.com.',
        ...ok(SES_MAIL_FROM),
        note: 'On the MAIL FROM subdomain, in the region SES sends from.',
      },
    ],
    spf: { include: 'amazonses.com', all: '~all', ...ok(SES_MAIL_FROM) },
    cnames: [],
    dkimHint: 'DKIM: SES gives three CNAME records (Easy DKIM) for the domain identity in the SES console.',
  },
];

export function providerById(id: string): MailProvider | undefined {
  return providers.find((provider) => provider.id === id);
}

/** Every value of a provider, for hover and descriptions. */
export function providerValues(provider: MailProvider): Provenance[] {
  return [...provider.mx, provider.spf, ...provider.cnames];
}

export function isFullyVerified(provider: MailProvider): boolean {
  return providerValues(provider).every((value) => value.verified);
}
