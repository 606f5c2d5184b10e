/** What the client and the language server say to each other beyond LSP: command ids and payloads. */
export const ServerCommand = {
  bumpSerial: 'mailzone.server.bumpSerial',
  ruleDocumentation: 'mailzone.server.ruleDocumentation',
  fixAll: 'mailzone.server.fixAll',
  listProviders: 'mailzone.server.listProviders',
  setUpProvider: 'mailzone.server.setUpProvider',
} as const;

export interface RuleDocumentation {
  rule: string;
  title: string;
  markdown: string;
}

export interface ProviderChoice {
  id: string;
  label: string;
  description?: string;
}

/** Payload of the server's `mailzone/checked` notification, sent after each lint run. */
export interface CheckedNotification {
  uri: string;
  version: number;
  milliseconds: number;
  problems: number;
}
