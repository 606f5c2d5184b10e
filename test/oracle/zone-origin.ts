/**
 * The zone name to hand an external checker for a fixture: the first `$ORIGIN`, else the SOA owner when it is
 * written absolute, else example.com. (the name the fixtures use).
 */
export function fixtureOrigin(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/;.*$/, ''));
  for (const line of lines) {
    const origin = /^\$ORIGIN\s+(\S+)/i.exec(line);
    if (origin) return absolute(origin[1]!);
    const soa = /^(\S+)\s(?:.*\s)?SOA\s/i.exec(line);
    if (soa && soa[1]!.endsWith('.')) return soa[1]!.toLowerCase();
  }
  return 'example.com.';
}

function absolute(name: string): string {
  return (name.endsWith('.') ? name : `${name}.`).toLowerCase();
}
