import type { ZoneRule } from '../rule';
import { parentName } from './zone-apex';
import { ownersOfType } from './zone-index';

export const belowDname: ZoneRule = {
  id: 'zone/below-dname',
  language: 'zone',
  defaultSeverity: 'error',
  source: 'RFC 6672 §2.4',
  check(zone, report) {
    const dnames = ownersOfType(zone, 'DNAME');
    if (dnames.size === 0) return;
    for (const [name, records] of zone.byOwner) {
      const dname = dnameAbove(name, dnames);
      if (!dname) continue;
      for (const record of records) report({ path: record.file.path, span: record.typeSpan, args: { name, dname } });
    }
  },
};

/** The DNAME owner strictly above `fqdn`, if any. */
function dnameAbove(fqdn: string, dnames: ReadonlySet<string>): string | undefined {
  for (let name = parentName(fqdn); name !== '.'; name = parentName(name)) {
    if (dnames.has(name)) return name;
  }
  return undefined;
}
