import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDamage } from '../../db/integrity.ts';
import { openLockDb, readOwner, recordOwner, release, tryHold } from '../../db/lock-db.ts';
import { DB_FILE } from '../../db/paths.ts';
import type { Db } from '../../db/types.ts';
import { closeDataFolder } from './private-files.ts';

export const LOCK_FILE = 'calepin.lock';

/** Another Calepin process (the app or the web host) already has this data folder open. */
export class DataFolderInUseError extends Error {
  /** The holder's process id, or -1 when it could not be read. */
  readonly pid: number;
  readonly dataDir: string;
  constructor(dataDir: string, pid: number) {
    super(`Calepin is already running on ${dataDir} (process ${pid}).`);
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/**
 * Electron's single-instance lock covers only Electron; this lock also keeps the web host and the
 * app from writing one database at the same time. It is an operating-system lock (see lock-db.ts):
 * a crashed process holds nothing, whatever process now has its id, so a restart right after a
 * crash or a recycled pid (Windows reuses them quickly) never locks the user out. Returns the
 * function that releases it.
 */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeDataFolder(dataDir, DB_FILE);
  const path = join(dataDir, LOCK_FILE);
  let owner = -1;
  for (let attempt = 0; attempt < 3; attempt++) {
    let db: Db | null = null;
    try {
      db = openLockDb(path);
      if (!tryHold(db)) {
        owner = readOwner(db) ?? -1;
        break;
      }
      recordOwner(db, process.pid, new Date().toISOString());
      // Between the record and holding again, another Calepin may have slipped in: it holds it now.
      if (tryHold(db) && readOwner(db) === process.pid) {
        const held = db;
        return () => release(held);
      }
      owner = readOwner(db) ?? -1;
      release(db);
    } catch (error) {
      db?.close();
      // Another Calepin starting at the same moment was reading who holds it: try again.
      if (codeOf(error) === 'SQLITE_BUSY') continue;
      // The plain-text lock of an earlier Calepin holds no lock at all, and one a crash left
      // unreadable names nobody: replaced by a real one.
      if (!isDamage(error)) throw error;
      rmSync(path, { force: true });
    }
  }
  throw new DataFolderInUseError(dataDir, owner);
}
