import Database from 'better-sqlite3';
import type { Db } from './types.ts';

/**
 * A small SQLite file used only for its lock. The holder keeps a write transaction open (SQLite's
 * RESERVED lock: an OS byte-range lock, `fcntl` on Linux and macOS, `LockFileEx` on Windows), which
 * the operating system releases the moment the process dies, however it dies. Nothing is written
 * while it is held, so readers can still see who holds it and no journal is ever left behind.
 */
const OWNER_TABLE = 'CREATE TABLE IF NOT EXISTS owner (pid INTEGER NOT NULL, started_at TEXT NOT NULL)';

/**
 * Opens the lock file without waiting: a lock held elsewhere answers at once. The owner's record is
 * only there to name the holder: written without a journal file or a sync, it costs the start nothing
 * (a lock file a crash left unreadable is replaced, data-lock.ts).
 */
export function openLockDb(path: string): Db {
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Takes the lock; false when another process (or another connection here) holds it. */
export function tryHold(db: Db): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

/** Records who holds the lock, then holds it again: the record is only readable once committed. */
export function recordOwner(db: Db, pid: number, at: string): void {
  db.exec(OWNER_TABLE);
  db.prepare('DELETE FROM owner').run();
  db.prepare('INSERT INTO owner (pid, started_at) VALUES (?, ?)').run(pid, at);
  db.exec('COMMIT');
}

/** The process that last recorded itself as holder, or null when none is readable. */
export function readOwner(db: Db): number | null {
  try {
    const row = db.prepare('SELECT pid FROM owner LIMIT 1').get() as { pid: number } | undefined;
    return row?.pid ?? null;
  } catch {
    return null;
  }
}

export function release(db: Db): void {
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
}
