import type { SeveritySetting } from './diagnostics';

export interface EngineSettings {
  /** Per-rule severity overrides, from `mailzone.rules` / `.mailzone.json`. */
  rules: Record<string, SeveritySetting>;
  /** UI language of messages: 'en' or 'zh-cn'. */
  locale: string;
  /** nginx version whose defaults apply, e.g. '1.28.0'. */
  nginxVersion: string;
  /** "Now", for certificate expiry; injected so tests are deterministic. */
  now: Date;
  /** Files larger than this many bytes are not linted per keystroke. */
  maxFileSize: number;
}

export const CURRENT_NGINX_STABLE = '1.28.0';

export function defaultSettings(overrides: Partial<EngineSettings> = {}): EngineSettings {
  return {
    rules: {},
    locale: 'en',
    nginxVersion: CURRENT_NGINX_STABLE,
    now: new Date(),
    maxFileSize: 64 * 1024 * 1024,
    ...overrides,
  };
}
