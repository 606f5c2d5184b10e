export { applySuppressions } from './apply';
export { disableRuleFix, disableRuleForFileFix } from './disable-fix';
export { parseDirectives, type Directive, type DirectiveKind } from './directives';
