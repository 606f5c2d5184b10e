import type { DocumentLink } from 'vscode-languageserver-types';
import type { Zone } from './model';
import { documentRange, sameDocument } from './neighbors';

/** A link on each $INCLUDE path of the zone's own file; `target` is a file path the server makes a URI. */
export function zoneLinks(zone: Zone): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const directive of zone.directives) {
    const path = directive.args[0];
    if (!sameDocument(directive.file, zone.file) || directive.kind !== '$INCLUDE' || !directive.includePath || !path) continue;
    links.push({ range: documentRange(directive.file, path.span), target: directive.includePath });
  }
  return links;
}
