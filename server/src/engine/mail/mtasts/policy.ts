import type { SourceFile } from '../../text/source';
import type { Span } from '../../text/source';

/**
 * An MTA-STS policy file (RFC 8461 §3.2): `key: value` lines separated by CRLF (LF accepted), `version`
 * first, then `mode`, `max_age` and one `mx` line per allowed host; other keys are extensions.
 */
export interface PolicyField {
  key: string;
  value: string;
  keySpan: Span;
  valueSpan: Span;
  /** Whole line without the line break. */
  span: Span;
  line: number;
}

export interface PolicyProblem {
  kind: 'no-colon' | 'bad-key';
  span: Span;
}

export interface MtaStsPolicy {
  file: SourceFile;
  fields: PolicyField[];
  problems: PolicyProblem[];
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

export function parsePolicy(file: SourceFile): MtaStsPolicy {
  const fields: PolicyField[] = [];
  const problems: PolicyProblem[] = [];
  for (let line = 0; line < file.lineCount; line++) {
    const start = file.lineStarts[line]!;
    const end = file.lineEnd(line);
    const text = file.text.slice(start, end);
    // RFC 8461 has no comments; `#` lines are read as notes for people (and fixtures), never as fields.
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const colon = text.indexOf(':');
    const indent = text.length - text.trimStart().length;
    if (colon < 0) {
      problems.push({ kind: 'no-colon', span: { start: start + indent, end: start + text.trimEnd().length } });
      continue;
    }
    const rawKey = text.slice(0, colon);
    const key = rawKey.trim();
    const keyStart = start + rawKey.indexOf(key);
    if (!KEY.test(key) || rawKey !== key) problems.push({ kind: 'bad-key', span: { start: keyStart, end: keyStart + Math.max(key.length, 1) } });
    const rawValue = text.slice(colon + 1);
    const value = rawValue.trim();
    const valueStart = value === '' ? start + colon + 1 : start + colon + 1 + rawValue.indexOf(value);
    fields.push({ key, value, keySpan: { start: keyStart, end: keyStart + key.length }, valueSpan: { start: valueStart, end: valueStart + value.length }, span: { start, end }, line });
  }
  return { file, fields, problems };
}

export function policyFields(policy: MtaStsPolicy, key: string): PolicyField[] {
  return policy.fields.filter((field) => field.key === key);
}

export const MAX_AGE_LIMIT = 31557600;
export const POLICY_MODES = ['enforce', 'testing', 'none'] as const;

/** An `mx:` pattern: a host name, or `*.` followed by one, with no port, scheme or trailing dot. */
export function isMxPattern(pattern: string): boolean {
  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
  return new RegExp(`^${label}(?:\\.${label})+$`).test(host);
}

/** RFC 8461 §4.1: `*.example.com` matches exactly one extra leftmost label. Case-insensitive, dots trimmed. */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}
