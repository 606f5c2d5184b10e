import { normalizeLocale } from '../catalog/catalogue';
import { providers, type MailProvider } from '../providers/catalogue';

/** Who an `include:` domain belongs to, for hovers and completion (REFERENCE §7, via the providers catalogue). */
export interface SpfIncludeOwner {
  provider: MailProvider;
  /** Whether the provider documents this include itself; false for names only articles or resellers give. */
  documented: boolean;
  verified: boolean;
  note?: string;
  source: string;
}

/**
 * Names that articles attribute to a provider but that its documentation does not give. A hover says so
 * and shows the documented include instead.
 */
const UNDOCUMENTED: Record<string, string> = {
  '_spf.aliyun.com': 'alibaba',
  'spf.aliyun.com': 'alibaba',
};

export function spfIncludeOwner(domain: string): SpfIncludeOwner | undefined {
  const name = domain.toLowerCase().replace(/\.$/, '');
  for (const provider of providers) {
    const spf = provider.spf;
    if (spf.include.toLowerCase() !== name) continue;
    const owner: SpfIncludeOwner = { provider, documented: true, verified: spf.verified, source: spf.source };
    if (spf.note) owner.note = spf.note;
    return owner;
  }
  const undocumented = providers.find((p) => p.id === UNDOCUMENTED[name]);
  return undocumented ? { provider: undocumented, documented: false, verified: false, source: undocumented.spf.source } : undefined;
}

/** The include of every provider in the catalogue, for completion. */
export function knownSpfIncludes(): Array<{ include: string; provider: MailProvider }> {
  return providers.map((provider) => ({ include: provider.spf.include, provider }));
}

/** The provider's name in the user's language. */
export function providerName(provider: MailProvider, locale: string): string {
  return normalizeLocale(locale) === 'zh-cn' && provider.nameZh ? `${provider.nameZh} (${provider.name})` : provider.name;
}
