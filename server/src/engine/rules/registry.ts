import type { AnyRule } from './rule';
import { coreRules } from './core';
import { zoneRules } from './zone/index';
import { mailRules } from './mail/index';
import { nginxRules } from './nginx/index';
import { configRules } from './config/index';

/** Every rule MailZone has. Each area lists its own rules in its index. */
export const allRules: readonly AnyRule[] = [...coreRules, ...zoneRules, ...mailRules, ...nginxRules, ...configRules];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}
