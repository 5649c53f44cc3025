import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'calepin.lock';

/** Another Calepin process (the app or the web host) already has this data folder open. */
export class DataFolderInUseError extends Error {
  readonly pid: number;
  readonly dataDir: string;
  constructor(dataDir: string, pid: number) {
    super(`Calepin is already running on ${dataDir} (process ${pid}).`);
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

interface LockOwner {
  pid: number;
  /** When the machine booted (s): after a reboot the same pid may belong to anything else. */
  boot: number;
  /** Ours alone: unlocking never removes a lock another process has taken over since. */
  nonce: string;
}

const bootTime = (): number => Math.round(Date.now() / 1000 - uptime());

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.boot === 'number' && typeof owner.nonce === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  // A few seconds of slack: boot time computed from uptime drifts slightly between reads.
  if (Math.abs(owner.boot - bootTime()) > 5) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Electron's single-instance lock covers only Electron; this file lock also keeps the web host
 * and the app from writing one database at the same time. A lock left by a crashed process, or
 * from before a reboot, is taken over. Returns the function that releases it.
 */
export function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, boot: bootTime(), nonce: randomUUID() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return () => {
        if (readOwner(path)?.nonce === mine.nonce) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (owner && alive(owner)) throw new DataFolderInUseError(dataDir, owner.pid);
      rmSync(path, { force: true });
    }
  }
  throw new DataFolderInUseError(dataDir, readOwner(path)?.pid ?? -1);
}
