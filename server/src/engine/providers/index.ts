export { providers, providerById, providerValues, isFullyVerified, type MailProvider, type ProviderId, type Provenance } from './catalogue';
export { providerSetupEdits } from './setup-edits';
export { providerDescription, providerChoices, displayName } from './describe';
