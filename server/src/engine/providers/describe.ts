import { phrase } from '../catalog/catalogue';
import { providerById, providers, type MailProvider, type Provenance } from './catalogue';

/**
 * Markdown for a provider's hover or quick-pick detail: each documented value with the page it comes
 * from and the date it was checked; unverified values are marked as such, with the reason.
 */
export function providerDescription(providerId: string, locale = 'en'): string | undefined {
  const provider = providerById(providerId);
  if (!provider) return undefined;
  const lines = [phrase('provider.hoverHeading', { provider: displayName(provider, locale) }, locale), ''];
  for (const mx of provider.mx) lines.push(item(`MX ${mx.preference} ${mx.exchange}`, mx, locale));
  lines.push(item(`SPF include:${provider.spf.include} (${provider.spf.all})`, provider.spf, locale));
  for (const cname of provider.cnames) lines.push(item(`CNAME ${cname.name} → ${cname.target}`, cname, locale));
  if (provider.dkimHint) lines.push('', provider.dkimHint);
  return lines.join('\n');
}

/** The providers for a quick pick: id, label and a one-line description. */
export function providerChoices(locale = 'en'): Array<{ id: string; label: string; description: string }> {
  return providers.map((provider) => ({
    id: provider.id,
    label: displayName(provider, locale),
    description: provider.mx.map((mx) => mx.exchange).join(', ') + (provider.mx.every((mx) => mx.verified) ? '' : ` ${phrase('provider.hoverUnverified', {}, locale)}`),
  }));
}

export function displayName(provider: MailProvider, locale: string): string {
  return locale.toLowerCase().startsWith('zh') && provider.nameZh ? provider.nameZh : provider.name;
}

function item(label: string, value: Provenance, locale: string): string {
  const flag = value.verified ? '' : ` **${phrase('provider.hoverUnverified', {}, locale)}**`;
  const note = value.note ? ` ${value.note}` : '';
  return `- \`${label}\`${flag}: [${hostOf(value.source)}](${value.source}), ${phrase('provider.hoverChecked', { checked: value.checked }, locale)}.${note}`;
}

function hostOf(url: string): string {
  return /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? url;
}
