/** The words of one rule: a one-line title, a longer doc (Markdown, cites the RFC), and its messages. */
export interface RuleText {
  title: string;
  doc: string;
  /** `default` is required; other keys are the rule's message variants. Placeholders: `{name}`. */
  messages: Record<string, string>;
}

export type CatalogueSection = Record<string, RuleText>;

/** Words that are not tied to one rule (hover headings, CLI output, fix titles shared by rules). */
export type PhraseSection = Record<string, string>;
