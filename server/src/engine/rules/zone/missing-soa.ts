import type { ZoneRule } from '../rule';
import { firstSoa } from './zone-apex';

/** Files meant to be read through $INCLUDE, by the conventions `*.inc*` and an `included/` or `includes/` folder. */
function looksIncludedOnly(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  return /\.inc/i.test(name) || parts.slice(0, -1).some((part) => /^includ(ed|es)$/i.test(part));
}

export const missingSoa: ZoneRule = {
  id: 'zone/missing-soa',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 1035 §5.2',
  check(zone, report) {
    const first = zone.records[0];
    if (!first || firstSoa(zone) || looksIncludedOnly(zone.file.path)) return;
    report({ path: first.file.path, span: first.typeSpan });
  },
};
