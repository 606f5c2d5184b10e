/** A record line of a zone file as a reader sees it, for asserting on what an editor command inserted. */
export interface RecordLine {
  owner: string;
  type: string;
  data: string;
}

function withoutComment(line: string): string {
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '\\') index++;
    else if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) return line.slice(0, index);
  }
  return line;
}

const CLASSES = new Set(['IN', 'CH', 'HS']);

/**
 * Single-line records with their owner (a blank owner repeats the previous one; `@` and names relative
 * to $ORIGIN are made absolute). Enough for the records a provider template inserts; not a zone parser.
 */
export function recordLines(text: string): RecordLine[] {
  let origin = '.';
  let owner = '';
  const records: RecordLine[] = [];
  for (const raw of text.split('\n')) {
    const line = withoutComment(raw).trimEnd();
    if (line.trim() === '') continue;
    const tokens = line.trim().split(/\s+/);
    if (tokens[0] === '$ORIGIN') {
      origin = tokens[1] ?? origin;
      continue;
    }
    if (tokens[0]?.startsWith('$')) continue;
    if (!/^\s/.test(line)) owner = absolute(tokens.shift() ?? '', origin);
    while (tokens.length > 0 && (/^\d+[smhdw]?$/i.test(tokens[0] ?? '') || CLASSES.has((tokens[0] ?? '').toUpperCase()))) tokens.shift();
    const type = (tokens.shift() ?? '').toUpperCase();
    records.push({ owner, type, data: tokens.join(' ') });
  }
  return records;
}

function absolute(name: string, origin: string): string {
  if (name === '@') return origin.toLowerCase();
  if (name.endsWith('.')) return name.toLowerCase();
  return `${name}.${origin}`.toLowerCase();
}
