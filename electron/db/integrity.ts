import Database from 'better-sqlite3';
import type { Db } from './types.ts';

/** What SQLite's whole-file check found: nothing, or the first problems it names. */
export type Verdict = { damaged: false } | { damaged: true; detail: string };

/** Only SQLite's own verdict counts as damage; a busy, locked or unreadable file is something else. */
export function isDamage(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * SQLite's `quick_check` over the whole file, on a connection of its own without the power to change
 * it: a read-only connection never checkpoints, so a damaged file and its write-ahead log stay exactly
 * as found, while the log's committed transactions are still part of what is checked. Errors other
 * than damage are thrown.
 */
export function checkIntegrity(path: string): Verdict {
  let reader: Db | null = null;
  try {
    reader = new Database(path, { readonly: true, fileMustExist: true });
    reader.pragma('busy_timeout = 5000');
    const check = String(reader.pragma('quick_check', { simple: true }));
    return check === 'ok' ? { damaged: false } : { damaged: true, detail: check };
  } catch (error) {
    if (isDamage(error)) return { damaged: true, detail: (error as Error).message };
    throw error;
  } finally {
    reader?.close();
  }
}

/**
 * Closes the connection to a file found damaged without writing to it. The last connection to close
 * a WAL database copies its log into the file and deletes the log; a second, read-only connection
 * holding the file meanwhile makes this one not the last, and a read-only one never checkpoints.
 */
export function closeUntouched(db: Db, path: string): void {
  let guard: Db | null = null;
  try {
    guard = new Database(path, { readonly: true, fileMustExist: true });
    // A read takes the shared lock that a WAL connection then keeps until it closes.
    guard.pragma('user_version');
  } catch (error) {
    console.error('Could not hold the damaged file while closing it:', error);
  }
  try {
    db.close();
  } finally {
    guard?.close();
  }
}
