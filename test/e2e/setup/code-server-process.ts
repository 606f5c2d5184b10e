import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { codeServerBin } from './paths';
import { freeLoopbackPort } from './free-port';
import type { RunFolder } from './run-folder';

export interface RunningCodeServer {
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited (${child.exitCode ?? child.signalCode})`);
    if (await healthy(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/** Signals code-server's whole process group (its extension host and language servers are children). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts code-server on a free loopback port with the run's own profile, extensions and workspace. */
export async function startCodeServer(folder: RunFolder, logFile: string): Promise<RunningCodeServer> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const configFile = path.join(folder.root, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logFd = fs.openSync(logFile, 'w');
  const args = [
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', folder.userData,
    '--extensions-dir', folder.extensions,
    folder.workspace,
  ];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(folder.xdgHome, 'config'),
    XDG_DATA_HOME: path.join(folder.xdgHome, 'data'),
    XDG_CACHE_HOME: path.join(folder.xdgHome, 'cache'),
  };
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', logFd, logFd], env });
  fs.closeSync(logFd);
  const killOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    signalGroup(child, 'SIGTERM');
    if (!(await exited(child, 5000))) signalGroup(child, 'SIGKILL');
    await exited(child, 2000);
    // Children that outlived the server (extension host) are in the same group.
    signalGroup(child, 'SIGKILL');
    process.removeListener('exit', killOnExit);
  };

  try {
    await waitUntilHealthy(url, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, logFile, stop };
}
