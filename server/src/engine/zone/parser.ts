import type { SourceFile } from '../text/source';
import type { FileReader } from '../workspace';
import type { Zone } from './model';

export interface ParseOptions {
  reader: FileReader;
  /** Origin to start with (absolute); otherwise $ORIGIN, else guessed from the file name. */
  origin?: string;
}

// Placeholder while the real parser is written: an empty zone.
export function parseZone(file: SourceFile, _options: ParseOptions): Zone {
  return { file, files: [file], origin: '.', originKnown: false, records: [], directives: [], comments: [], problems: [], byOwner: new Map() };
}
