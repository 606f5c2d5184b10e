export { CONFIG_FILE_NAME, configSettings, emptyConfig, parseConfig, type ConfigProblem, type ConfigResult, type MailzoneConfig } from './mailzone-config';
export { findConfig, parentOf, type FoundConfig } from './locate';
export { isKnownRule, looksLikeRuleId } from './known-rules';
export { loadConfigFor, layerSettings, type LoadedConfig } from './load';
