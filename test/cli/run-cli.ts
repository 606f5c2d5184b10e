import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with captured output. */
export async function run(argv: string[], options: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A fresh directory with `files` written into it (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mailzone-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export const HEADER = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 2026112301 7200 3600 1209600 3600',
  '@ IN NS ns1',
  '@ IN NS ns2',
  'ns1 IN A 192.0.2.1',
  'ns2 IN A 192.0.2.2',
].join('\n');

/** A zone with one error (an IPv4 address out of range) on line 8. */
export const ZONE_WITH_ERROR = `${HEADER}\nbad IN A 300.1.1.1\n`;
export const CLEAN_ZONE = `${HEADER}\nwww IN A 192.0.2.10\n`;
/** A zone whose only problem is a duplicate record (a warning) with a preferred fix that deletes line 9. */
export const ZONE_WITH_DUPLICATE = `${HEADER}\nwww IN A 192.0.2.10\nwww IN A 192.0.2.10\n`;
