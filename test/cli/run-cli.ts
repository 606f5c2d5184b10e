import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { ZONE_HEAD } from '../support/zone-head';

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

export const HEADER = ZONE_HEAD;

/** A zone with one error (an IPv4 address out of range) on line 8. */
export const ZONE_WITH_ERROR = `${HEADER}\nbad IN A 300.1.1.1\n`;
export const CLEAN_ZONE = `${HEADER}\nwww IN A 192.0.2.10\n`;
/** A zone whose only problem is a duplicate record (a warning) with a preferred fix that deletes line 9. */
export const ZONE_WITH_DUPLICATE = `${HEADER}\nwww IN A 192.0.2.10\nwww IN A 192.0.2.10\n`;
