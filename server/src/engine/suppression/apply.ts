import { ruleMessage } from '../catalog/catalogue';
import { isKnownRule } from '../config/known-rules';
import { docUrlFor, type EngineDiagnostic, type Fix, type Language } from '../diagnostics';
import { effectiveSeverity } from '../lint';
import type { RuleEnv } from '../rules/rule';
import type { SourceFile, Span } from '../text/source';
import { parseDirectives, type Directive, type RuleRef } from './directives';

const UNUSED = 'config/unused-disable';
const UNKNOWN = 'config/unknown-rule';

/** A stretch of lines where some rules (or all, when `rules` is undefined) are silenced. */
interface Region {
  from: number;
  to: number;
  /** undefined = every rule. */
  rule: string | undefined;
  directive: Directive;
  ref: RuleRef | undefined;
  used: boolean;
}

/**
 * Drops the diagnostics that a suppression comment silences and adds what the comments themselves
 * deserve: a faded hint for a directive (or a rule named in it) that silenced nothing, and a warning for a
 * rule id MailZone does not know. The comments of `file` apply to its diagnostics, those of each
 * `included` file to the diagnostics in that file.
 */
export function applySuppressions(
  diagnostics: EngineDiagnostic[],
  file: SourceFile,
  language: Language | undefined,
  env: RuleEnv,
  included: readonly SourceFile[] = [],
): EngineDiagnostic[] {
  // A file included twice is one file: its comments apply once.
  const byPath = new Map([file, ...included].reverse().map((source) => [source.path, source]));
  byPath.set(file.path, file);
  let out = diagnostics;
  for (const source of byPath.values()) out = suppressInFile(out, source, language, env);
  return out;
}

function suppressInFile(
  diagnostics: EngineDiagnostic[],
  file: SourceFile,
  language: Language | undefined,
  env: RuleEnv,
): EngineDiagnostic[] {
  const directives = parseDirectives(file, language);
  if (directives.length === 0) return diagnostics;
  const { regions, unmatchedEnables } = buildRegions(directives, file.lineCount);
  const kept = diagnostics.filter((d) => d.path !== file.path || !suppressedBy(d, regions));
  const extra: EngineDiagnostic[] = [];
  const report = (rule: string, span: Span, messageId: string | undefined, args: Record<string, string>, fixes: Fix[] = []) => {
    const severity = effectiveSeverity(rule, undefined, env);
    if (!severity) return;
    const d: EngineDiagnostic = {
      rule,
      severity,
      message: ruleMessage(rule, messageId, args, env.settings.locale),
      path: file.path,
      range: file.rangeOf(span),
      fixes,
      docUrl: docUrlFor(rule),
    };
    if (rule === UNUSED) d.tags = ['unnecessary'];
    extra.push(d);
  };
  for (const directive of directives) {
    for (const ref of directive.rules) if (!isKnownRule(ref.id)) report(UNKNOWN, ref.span, undefined, { rule: ref.id });
  }
  for (const region of regions) {
    if (region.used || (region.ref && !isKnownRule(region.ref.id)) || (region.rule && env.settings.rules[region.rule] === 'off')) continue;
    const span = region.ref?.span ?? region.directive.commentSpan;
    const messageId = region.rule ? undefined : 'all';
    report(UNUSED, span, messageId, { rule: region.rule ?? '' }, [removalFix(file, region, regions, env.settings.locale)]);
  }
  for (const { directive, ref } of unmatchedEnables) {
    report(UNUSED, ref?.span ?? directive.commentSpan, 'enable', { rule: ref?.id ?? '' }, []);
  }
  return [...kept, ...extra];
}

function suppressedBy(diagnostic: EngineDiagnostic, regions: Region[]): boolean {
  const line = diagnostic.range.start.line;
  let suppressed = false;
  for (const region of regions) {
    if (line < region.from || line > region.to) continue;
    if (region.rule !== undefined && region.rule !== diagnostic.rule) continue;
    region.used = true;
    suppressed = true;
  }
  return suppressed;
}

/** Turns directives into line regions: next-line ones directly, disable … enable pairs by rule. */
function buildRegions(directives: Directive[], lineCount: number) {
  const regions: Region[] = [];
  const unmatchedEnables: Array<{ directive: Directive; ref: RuleRef | undefined }> = [];
  const open = new Map<string | undefined, Region[]>();
  const region = (directive: Directive, ref: RuleRef | undefined, from: number, to: number): Region => ({
    from,
    to,
    rule: ref?.id,
    directive,
    ref,
    used: false,
  });
  for (const directive of directives) {
    const refs: Array<RuleRef | undefined> = directive.rules.length > 0 ? directive.rules : [undefined];
    if (directive.kind === 'disable-next-line') {
      for (const ref of refs) regions.push(region(directive, ref, directive.coversFrom, directive.coversTo));
    } else if (directive.kind === 'disable') {
      for (const ref of refs) {
        const r = region(directive, ref, directive.line + 1, lineCount - 1);
        regions.push(r);
        open.set(ref?.id, [...(open.get(ref?.id) ?? []), r]);
      }
    } else if (directive.rules.length === 0) {
      if (open.size === 0) unmatchedEnables.push({ directive, ref: undefined });
      for (const list of open.values()) for (const r of list) r.to = directive.line;
      open.clear();
    } else {
      for (const ref of directive.rules) {
        const list = open.get(ref.id);
        if (!list) {
          unmatchedEnables.push({ directive, ref });
          continue;
        }
        for (const r of list) r.to = directive.line;
        open.delete(ref.id);
      }
    }
  }
  return { regions, unmatchedEnables };
}

/**
 * Removes what is unused: the rule id with its comma when the directive names others that are used,
 * else the whole comment (and its line, when the comment stands alone on it).
 */
function removalFix(file: SourceFile, unused: Region, all: Region[], locale: string): Fix {
  const title = ruleMessage(UNUSED, 'fix', {}, locale);
  const siblings = all.filter((r) => r.directive === unused.directive && r !== unused);
  const path = file.path;
  if (unused.ref && siblings.length > 0 && siblings.some((r) => r.used)) {
    return { title, preferred: true, edits: [{ path, range: file.rangeOf(idWithSeparator(file.text, unused.ref.span)), newText: '' }] };
  }
  return { title, preferred: true, edits: [{ path, range: file.rangeOf(commentRemoval(file, unused.directive)), newText: '' }] };
}

function idWithSeparator(text: string, span: Span): Span {
  const after = /^\s*,\s*/.exec(text.slice(span.end, span.end + 64));
  if (after) return { start: span.start, end: span.end + after[0].length };
  const before = /\s*,\s*$/.exec(text.slice(Math.max(0, span.start - 64), span.start));
  return before ? { start: span.start - before[0].length, end: span.end } : span;
}

function commentRemoval(file: SourceFile, directive: Directive): Span {
  const lineStart = file.lineStarts[directive.line]!;
  const before = file.text.slice(lineStart, directive.commentSpan.start);
  if (before.trim() === '') {
    const nextLine = directive.line + 1 < file.lineCount ? file.lineStarts[directive.line + 1]! : file.text.length;
    return { start: lineStart, end: nextLine };
  }
  const blanks = /[ \t]*$/.exec(before)![0].length;
  return { start: directive.commentSpan.start - blanks, end: directive.commentSpan.end };
}
