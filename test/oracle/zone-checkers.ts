import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** A zone checker of another DNS server, used as an oracle on the fixtures. */
export interface ZoneChecker {
  command: string;
  /** The Debian package that installs it (.ci/run installs them all). */
  debianPackage: string;
  args(origin: string, file: string): string[];
  /**
   * Fixtures the checker rejects where MailZone, on purpose, reports no error; path relative to test/fixtures,
   * with the reason. The test fails when such a fixture starts getting errors, so the list stays true.
   */
  deliberateDifferences: Record<string, string>;
}

const NO_GENERATE = '$GENERATE is a BIND extension this server does not read; MailZone expands it as BIND does';

export const zoneCheckers: ZoneChecker[] = [
  {
    command: 'named-checkzone',
    debianPackage: 'bind9-utils',
    args: (origin, file) => [origin, file],
    deliberateDifferences: {},
  },
  {
    command: 'kzonecheck',
    debianPackage: 'knot-dnssecutils',
    args: (origin, file) => ['-o', origin, file],
    deliberateDifferences: { 'zone/zone/generate-range/silent.zone': NO_GENERATE },
  },
  {
    command: 'nsd-checkzone',
    debianPackage: 'nsd',
    args: (origin, file) => [origin, file],
    deliberateDifferences: { 'zone/zone/generate-range/silent.zone': NO_GENERATE },
  },
];

export interface Verdict {
  loaded: boolean;
  output: string;
}

/**
 * Runs the checker in the fixture's folder: the servers resolve $INCLUDE against their working directory,
 * MailZone against the including file, and for fixtures the two are the same folder.
 */
export function runChecker(checker: ZoneChecker, file: string, origin: string): Verdict {
  const result = spawnSync(checker.command, checker.args(origin, path.basename(file)), {
    cwd: path.dirname(file),
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { loaded: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export function checkerInstalled(checker: ZoneChecker): boolean {
  return !spawnSync(checker.command, ['-h'], { encoding: 'utf8' }).error;
}
