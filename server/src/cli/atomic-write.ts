import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk`);
  }
}

/**
 * Replaces `file` with `data` so that a reader sees either the old or the new content, never a mix:
 * the data goes to a temporary file in the same directory (same file system, so the rename is atomic),
 * is flushed, gets the original's mode (and, when run as root, its owner), and is renamed over the original. When `expected` is given and the
 * file no longer holds those bytes (someone else wrote it meanwhile), nothing is written. On any failure
 * the temporary file is removed and the original is untouched.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected?: Uint8Array): void {
  const stat = fs.statSync(file);
  if (expected && !Buffer.from(expected).equals(fs.readFileSync(file))) throw new ChangedOnDiskError(file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.mailzone-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', stat.mode & 0o7777);
    fs.writeSync(fd, data, 0, data.length, 0);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    keepOwner(temp, stat);
    fs.chmodSync(temp, stat.mode & 0o7777);
    if (expected && !Buffer.from(expected).equals(fs.readFileSync(file))) throw new ChangedOnDiskError(file);
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    throw error;
  }
}

/** A file fixed by root keeps its owner; for anyone else chown is not permitted and the owner is already theirs. */
function keepOwner(temp: string, original: fs.Stats): void {
  if (process.getuid?.() !== 0 || (original.uid === 0 && original.gid === 0)) return;
  fs.chownSync(temp, original.uid, original.gid);
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Never created, or already gone.
  }
}
