import type { Zone } from './zone/model';

/**
 * Read access to files for $INCLUDE, nginx `include`, certificates and cross-zone lookups.
 * The CLI implements it on the file system, the server on open documents plus the file system,
 * tests on an in-memory map. The engine never touches `fs` itself.
 */
export interface FileReader {
  /** The file's text, or undefined when it cannot be read. */
  readText(path: string): string | undefined;
  /** Raw bytes (certificates, DH params), or undefined. */
  readBytes?(path: string): Uint8Array | undefined;
  /** Paths matching a glob (nginx include); absolute patterns. */
  glob?(pattern: string): string[];
}

/** Zones and policy files of the workspace, looked up by name instead of re-reading files. */
export interface WorkspaceIndex {
  reader: FileReader;
  /**
   * The zone whose origin is the longest suffix of `fqdn` (SPF includes and redirects, DMARC report
   * authorisations, go to definition). It may be a summary rather than the full parse (the language
   * server's index keeps only summaries): every record with its owner, type, class, TTL and the spans of the
   * record and the owner, and the TXT values (`txt`) of SPF and DMARC records and under `_report._dmarc`;
   * no file text, no other rdata (`rdata` empty, `typed` undefined), no directives, comments or problems.
   * Cross-file code must read only that.
   */
  zoneFor(fqdn: string): Zone | undefined;
  /** Text of an `mta-sts.txt` policy for a domain, when present in the workspace. */
  mtaStsPolicyFor?(domain: string): { path: string; text: string } | undefined;
}

export const emptyReader: FileReader = { readText: () => undefined };

export function singleZoneWorkspace(reader: FileReader = emptyReader, zones: Zone[] = []): WorkspaceIndex {
  return {
    reader,
    zoneFor(fqdn: string) {
      let best: Zone | undefined;
      for (const zone of zones) {
        if ((fqdn === zone.origin || fqdn.endsWith('.' + zone.origin)) && (!best || zone.origin.length > best.origin.length)) best = zone;
      }
      return best;
    },
  };
}
