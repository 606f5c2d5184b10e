import { allRuleTexts } from '../catalog/catalogue';
import { ruleById } from '../rules/registry';

/** A rule id MailZone knows: registered as a rule, or documented in the catalogue (parser-reported ids). */
export function isKnownRule(id: string): boolean {
  return ruleById(id) !== undefined || allRuleTexts('en')[id] !== undefined;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function looksLikeRuleId(text: string): boolean {
  return RULE_ID.test(text);
}
