import type { ValueRange } from './ast';
import { scanMacroString, type MacroIssue } from './macro';

export interface DomainSpecIssue {
  code: 'bad-domain-spec' | 'macro' | 'exp-only-macro';
  messageId: string;
  range: ValueRange;
  args?: Record<string, string | number>;
}

const TOPLABEL_WITH_LETTER = /^[a-z0-9]*[a-z][a-z0-9]*$/i;
const TOPLABEL_WITH_HYPHEN = /^[a-z0-9]+-[a-z0-9-]*[a-z0-9]$/i;

/**
 * Checks a domain-spec (RFC 7208 §7.1): a macro-string that ends in a macro or in `.toplabel[.]`, where the
 * top label is not all digits. Names without expansions are also checked as DNS names (empty labels,
 * labels over 63 octets, names over 253), since they would fail at lookup time.
 */
export function checkDomainSpec(text: string, base: number): DomainSpecIssue[] {
  if (text === '') return [{ code: 'bad-domain-spec', messageId: 'empty', range: { start: base, end: base } }];
  const scan = scanMacroString(text, base);
  const issues = scan.issues.length === 0 ? NO_ISSUES : scan.issues.map(fromMacroIssue);
  if (issues.length > 0 || scan.endsWithMacro) return issues;
  const endIssue = checkDomainEnd(text, base);
  if (endIssue) return [endIssue];
  if (!scan.hasExpansions) return checkLabels(text, base);
  return NO_ISSUES;
}

/** Shared by every clean domain-spec (callers only read it). */
const NO_ISSUES: DomainSpecIssue[] = [];

function fromMacroIssue(issue: MacroIssue): DomainSpecIssue {
  if (issue.code === 'bad-char') return { ...issue, code: 'bad-domain-spec' };
  return { ...issue, code: issue.code };
}

function checkDomainEnd(text: string, base: number): DomainSpecIssue | undefined {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  const lastDot = name.lastIndexOf('.');
  const domain = text;
  if (lastDot < 0) return { code: 'bad-domain-spec', messageId: 'singleLabel', range: { start: base, end: base + text.length }, args: { domain } };
  const top = name.slice(lastDot + 1);
  const range = { start: base + lastDot + 1, end: base + lastDot + 1 + top.length };
  if (top === '') return { code: 'bad-domain-spec', messageId: 'emptyLabel', range: { start: base + lastDot, end: base + lastDot + 1 }, args: { domain } };
  if (/^\d+$/.test(top)) {
    const messageId = /^\d{1,3}(\.\d{1,3}){3}$/.test(name) ? 'ipAddress' : 'numericTop';
    return { code: 'bad-domain-spec', messageId, range: messageId === 'ipAddress' ? { start: base, end: base + name.length } : range, args: { domain, label: top } };
  }
  if (!TOPLABEL_WITH_LETTER.test(top) && !TOPLABEL_WITH_HYPHEN.test(top)) {
    return { code: 'bad-domain-spec', messageId: 'badTop', range, args: { domain, label: top } };
  }
  return undefined;
}

function checkLabels(text: string, base: number): DomainSpecIssue[] {
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name.length > 253) return [{ code: 'bad-domain-spec', messageId: 'tooLong', range: { start: base, end: base + text.length }, args: { length: name.length } }];
  let at = 0;
  for (let end = 0; end <= name.length; end++) {
    if (end < name.length && name.charCodeAt(end) !== 46) continue;
    const length = end - at;
    if (length === 0) return [{ code: 'bad-domain-spec', messageId: 'emptyLabel', range: { start: base + at, end: base + at + 1 }, args: { domain: text } }];
    if (length > 63) {
      const label = name.slice(at, end);
      return [{ code: 'bad-domain-spec', messageId: 'longLabel', range: { start: base + at, end: base + at + label.length }, args: { label, length: label.length } }];
    }
    at = end + 1;
  }
  return NO_ISSUES;
}
