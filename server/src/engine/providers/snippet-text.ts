/**
 * Text with tab stops for a snippet edit. Catalogue values write a value only the user knows as
 * `${label}`; here each distinct label gets one tab-stop number (so a repeated label is typed once and
 * mirrored), and the literal text is escaped so that VS Code does not read it as snippet syntax.
 */
export class SnippetText {
  private readonly numbers = new Map<string, number>();

  /** `enabled` false: the text is plain (it holds no placeholder), so nothing is escaped. */
  constructor(private readonly enabled = true) {}

  get hasPlaceholders(): boolean {
    return this.numbers.size > 0;
  }

  /** Renders a catalogue value: `${label}` becomes `${n:label}`, everything else is escaped. */
  render(value: string): string {
    if (!this.enabled) return value;
    let out = '';
    let at = 0;
    for (const match of value.matchAll(/\$\{([^}]+)\}/g)) {
      out += escapeLiteral(value.slice(at, match.index));
      out += `\${${this.numberOf(match[1]!)}:${escapeLiteral(match[1]!)}}`;
      at = match.index! + match[0].length;
    }
    return out + escapeLiteral(value.slice(at));
  }

  private numberOf(label: string): number {
    let n = this.numbers.get(label);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(label, n);
    }
    return n;
  }
}

export function escapeLiteral(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

export function hasPlaceholder(value: string): boolean {
  return /\$\{[^}]+\}/.test(value);
}
