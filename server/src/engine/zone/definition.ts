import type { Location } from 'vscode-languageserver-types';
import type { RuleEnv } from '../rules/rule';
import type { Span } from '../text/source';
import type { Zone, ZoneRecord } from './model';
import { documentPath, documentRange } from './neighbors';
import { rdataNames } from './rdata/names';

/**
 * Go to definition in a zone: a target name (MX exchange, NS, CNAME, SRV target, …) leads to the records
 * owned by that name, in this zone or another zone of the workspace; an SPF `include:` / `redirect=` domain
 * leads to the TXT records there; an $INCLUDE path leads to the included file. Locations carry file paths
 * in `uri`; the server turns them into URIs. A record of a chunk (an incremental parse) is located in its
 * document.
 */
export function zoneDefinition(zone: Zone, offset: number, env: RuleEnv): Location[] {
  const include = zone.directives.find(
    (d) => d.file === zone.file && d.kind === '$INCLUDE' && d.includePath && contains(d.args[0]?.span, offset),
  );
  if (include?.includePath) return [{ uri: include.includePath, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  const record = recordAt(zone, offset);
  if (!record) return [];
  const name = rdataNames(record).find((ref) => contains(ref.span, offset));
  if (name) return ownerLocations(zone, name.fqdn, env);
  const spfTarget = spfDomainAt(record, offset);
  if (spfTarget) return ownerLocations(zone, spfTarget, env, 'TXT');
  return [];
}


export function recordAt(zone: Zone, offset: number): ZoneRecord | undefined {
  return zone.records.find((record) => record.file === zone.file && record.span.start <= offset && offset <= record.span.end);
}

function ownerLocations(zone: Zone, fqdn: string, env: RuleEnv, type?: string): Location[] {
  const own = zone.byOwner.get(fqdn);
  const records = own ?? env.workspace.zoneFor(fqdn)?.byOwner.get(fqdn) ?? [];
  return records
    .filter((record) => !type || record.type === type)
    .map((record) => {
      const owner = record.ownerSpan;
      return { uri: documentPath(record.file), range: documentRange(record.file, owner.end > owner.start ? owner : record.span) };
    });
}

const SPF_DOMAIN = /(?:^|[\s"])[-+~?]?(?:include:|redirect=)([^\s"%]+)/gi;

/** The domain of an SPF `include:` or `redirect=` term under the cursor, as an absolute name. */
function spfDomainAt(record: ZoneRecord, offset: number): string | undefined {
  if (record.type !== 'TXT' && record.type !== 'SPF') return undefined;
  for (const field of record.rdata) {
    if (!contains(field.span, offset)) continue;
    for (const match of field.text.matchAll(SPF_DOMAIN)) {
      const domain = match[1]!;
      const start = field.span.start + match.index! + match[0].length - domain.length;
      if (offset >= start && offset <= start + domain.length) return absolute(domain);
    }
  }
  return undefined;
}

function absolute(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}

function contains(span: Span | undefined, offset: number): boolean {
  return span !== undefined && span.start <= offset && offset <= span.end;
}
